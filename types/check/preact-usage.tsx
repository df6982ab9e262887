/** @jsxImportSource preact */
// Type-checks the Preact declarations as an app would use them (not shipped).
import type {} from '../preact.js';

export function Story({ data }: { data: unknown }) {
  return (
    <diplo-timeline
      data={data}
      lang="ko"
      ondiplo-problems={(event) => {
        console.log(event.detail.problems.length);
      }}
    />
  );
}
