/**
 * The triwulan choice of the Excel pane (Rekap, Buat file per unit, Himpun): a native select, so
 * it is reached and changed by keyboard and read by screen readers as it is. `first` is the
 * option that means "no quarter chosen" (the year, or the latest quarter reported).
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { Quarter } from "../../core/read/quarterColumns";

const QUARTERS: Quarter[] = [1, 2, 3, 4];
const ROMAN = ["I", "II", "III", "IV"];

export function TriwulanChoice({
  label,
  first,
  value,
  onChange,
  disabled,
  testId,
}: {
  label: string;
  first: string;
  value: Quarter | undefined;
  onChange: (q: Quarter | undefined) => void;
  disabled?: boolean;
  testId: string;
}): React.ReactElement {
  return (
    <Field label={label}>
      <Select
        value={value === undefined ? "" : String(value)}
        disabled={disabled}
        data-testid={testId}
        onChange={(_, d) => onChange(d.value === "" ? undefined : (Number(d.value) as Quarter))}
      >
        <option value="">{first}</option>
        {QUARTERS.map((q) => (
          <option key={q} value={String(q)}>
            Triwulan {ROMAN[q - 1]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
