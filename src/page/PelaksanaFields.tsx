/** The user's name and the role recorded for each SOP step (defaults: the SOP's pelaksana). */
import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS } from "../core/sop";
import type { Pelaksana } from "./usePelaksana";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", maxWidth: "640px" },
  roles: {
    display: "grid",
    gap: "6px 12px",
    gridTemplateColumns: "minmax(0, 1fr)",
    "@media (min-width: 600px)": { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)" },
    marginTop: "6px",
  },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, padding: "4px 0" },
});

export function PelaksanaFields({ pelaksana }: { pelaksana: Pelaksana }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Nama Anda (dicatat di tahapan SOP pada berkas yang diunduh)">
        <Input value={pelaksana.name} placeholder="mis. Sari Dewi" onChange={(_, d) => pelaksana.setName(d.value)} />
      </Field>
      <details>
        <summary className={styles.summary}>Peran yang dicatat per langkah SOP</summary>
        <div className={styles.roles}>
          {STEPS.map((s) => (
            <Field key={s.number} label={`Langkah ${s.number}: ${s.kegiatan}`} size="small">
              <Input
                size="small"
                value={pelaksana.roles[s.number]}
                onChange={(_, d) => pelaksana.setRole(s.number, d.value)}
              />
            </Field>
          ))}
        </div>
      </details>
    </div>
  );
}
