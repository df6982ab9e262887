// Type-checks the React declarations as an app would use them (not shipped).
import type {} from '../react.js';

export function Story({ data }: { data: unknown }) {
  return (
    <diplo-timeline
      data={data}
      as-of="2019-06-18"
      heading-level={3}
      show-problems
      ondiplo-select={(event) => {
        console.log(event.detail.id);
      }}
    />
  );
}
