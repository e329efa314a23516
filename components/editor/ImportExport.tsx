import { useState } from 'preact/hooks';
import type { PackInfo, PackProblem } from '@/utils/messaging/messages/guides';
import type { PackSource } from '@/utils/pack/types';
import type { EditorApi } from './api';
import { SOURCE_LABELS } from './model/field-help';
import { textDa } from './model/text';

interface ImportExportProps {
  api: EditorApi;
  packs: PackInfo[];
  onImported: () => void;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'ok'; pack: PackInfo; file: string }
  | { kind: 'bad'; problems: PackProblem[]; file: string }
  | { kind: 'error'; message: string; file: string };

/** Offer a text as a file download (the browser asks where to save it). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Import a pack file (rejected whole, with the validator's precise list of problems) and export
 * any stored pack to share it with another library.
 */
export function ImportExport({ api, packs, onImported }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [exportKey, setExportKey] = useState('');
  const importFile = async (file: File) => {
    try {
      const result = await api.importPack(await file.text());
      if (result.ok) {
        setState({ kind: 'ok', pack: result.pack, file: file.name });
        onImported();
      } else setState({ kind: 'bad', problems: result.problems, file: file.name });
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err), file: file.name });
    }
  };
  const selected = exportKey || (packs[0] ? `${packs[0].source}/${packs[0].id}` : '');
  return (
    <section aria-labelledby="io-h">
      <h3 id="io-h">Del vejledninger</h3>
      <div class="field">
        <label for="import-file">Importér en pakkefil (.json)</label>
        <p class="help" id="import-help">
          Filen bliver kontrolleret først. Er der fejl, bliver intet gemt, og du ser alle fejlene.
        </p>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-help"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div role="status" class="import-result">
        {state.kind === 'ok' && (
          <p class="ok">
            {state.file} er importeret: {textDa(state.pack.title)} med {state.pack.guideCount}{' '}
            {state.pack.guideCount === 1 ? 'vejledning' : 'vejledninger'}.
          </p>
        )}
        {state.kind === 'bad' && (
          <>
            <p class="warn">
              {state.file} blev ikke importeret. Der er {state.problems.length}{' '}
              {state.problems.length === 1 ? 'fejl' : 'fejl'}:
            </p>
            <ul class="problems import-problems">
              {state.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path || '(hele filen)'}</code>: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {state.kind === 'error' && (
          <p class="warn">
            {state.file} blev ikke importeret: {state.message}
          </p>
        )}
      </div>
      <div class="field">
        <label for="export-pack">Eksportér en pakke</label>
        <select id="export-pack" value={selected} onChange={(e) => setExportKey(e.currentTarget.value)}>
          {packs.map((p) => (
            <option key={`${p.source}/${p.id}`} value={`${p.source}/${p.id}`}>
              {textDa(p.title)} ({SOURCE_LABELS[p.source]}, version {p.version})
            </option>
          ))}
        </select>
      </div>
      <p class="row">
        <button
          type="button"
          class="secondary"
          disabled={!selected}
          onClick={() => {
            setExportKey(selected);
            const [source, id] = selected.split('/') as [PackSource, string];
            void api.exportPack(source, id).then(({ text }) => download(`${id}.json`, text));
          }}
        >
          Eksportér som fil
        </button>
      </p>
    </section>
  );
}
