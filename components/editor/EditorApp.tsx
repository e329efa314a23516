import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryGuide, PickedElement, PickerSession, TargetProposal } from '@/utils/messaging/messages/editor';
import type { PackInfo, PackProblem } from '@/utils/messaging/messages/guides';
import type { Guide, GuidePack } from '@/utils/pack/types';
import { ALL_LANGUAGES } from '@/utils/policy/types';
import type { EditorApi } from './api';
import { GuideEditor } from './GuideEditor';
import { ImportExport } from './ImportExport';
import { Library } from './Library';
import {
  appendRecorded,
  emptyLocalPack,
  LOCAL_PACK_ID,
  newGuide,
  nextVersion,
  packText,
  putGuide,
  replaceStep,
  targetFromProposals,
} from './model/draft';
import { urlForPattern } from './model/page-pattern';
import { pickerSessionItem } from './model/picker-session';
import { ProblemIndex } from './model/problems';
import { retargetedSteps } from './model/retargeted';
import { ProposalChooser } from './ProposalChooser';

export type ValidateResult = { ok: true; pack: GuidePack } | { ok: false; problems: PackProblem[] };

export interface EditorAppProps {
  api: EditorApi;
  /** The same validator the store runs on imports (`parsePack`). */
  validate: (text: string) => ValidateResult;
  /** Watch the picker session (defaults to the extension's session storage). */
  watchSession?: (cb: (s: PickerSession | null) => void) => () => void;
}

interface Editing {
  pack: GuidePack;
  index: number;
  /** The guide's id when it was opened: saving replaces that guide even if its id was edited. */
  originalId: string | null;
  health: LibraryGuide['health'];
  /** The guide as stored (none for a new one): saving compares targets with it (model/retargeted.ts). */
  saved?: Guide;
}

type Pending = { sessionId: string; kind: 'pick'; stepIndex: number } | { sessionId: string; kind: 'record' };

const OTHER_LANGUAGES = ALL_LANGUAGES.filter((l) => l !== 'da');

const defaultWatch = (cb: (s: PickerSession | null) => void) => pickerSessionItem.watch(cb);

/** The librarians' guide editor: the library, one guide's editor, the picker and sharing. */
export function EditorApp({ api, validate, watchSession = defaultWatch }: EditorAppProps) {
  const [guides, setGuides] = useState<LibraryGuide[] | null>(null);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [chooser, setChooser] = useState<{ picked: PickedElement; stepIndex: number } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const pending = useRef<Pending | null>(null);
  const editingRef = useRef(editing);
  editingRef.current = editing;

  const refresh = useCallback(async () => {
    const [g, p] = await Promise.all([api.library(), api.packs()]);
    setGuides(g);
    setPacks(p);
    return g;
  }, [api]);

  const run = useCallback(async (task: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await task();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void run(async () => {
      await refresh();
    });
  }, [refresh, run]);

  // Results from the tab: a pick opens the chooser, a finished recording becomes steps.
  useEffect(
    () =>
      watchSession((session) => {
        const p = pending.current;
        if (!session || !p || session.id !== p.sessionId || session.status === 'active') return;
        pending.current = null;
        if (p.kind === 'pick') {
          if (session.status === 'done' && session.picked)
            setChooser({ picked: session.picked, stepIndex: p.stepIndex });
          else setStatus('Markeringen blev annulleret.');
          return;
        }
        const current = editingRef.current;
        if (!current || session.recorded.length === 0) {
          setStatus('Optagelsen er stoppet. Ingen klik blev optaget.');
          return;
        }
        const guide = current.pack.guides[current.index];
        if (!guide) return;
        const next = appendRecorded(guide, session.recorded);
        setEditing({
          ...current,
          pack: { ...current.pack, guides: replaceAt(current.pack.guides, current.index, next) },
        });
        setStatus(`Optagelsen er stoppet. ${session.recorded.length} trin er tilføjet. Ret teksterne, og gem.`);
      }),
    [watchSession],
  );

  const validation = useMemo(() => (editing ? validate(packText(editing.pack)) : null), [editing, validate]);
  const problems = new ProblemIndex(validation && !validation.ok ? validation.problems : []);

  const loadLocalPack = async (packId: string): Promise<GuidePack> => {
    try {
      const { text } = await api.exportPack('local', packId);
      return JSON.parse(text) as GuidePack;
    } catch {
      if (packId === LOCAL_PACK_ID) return emptyLocalPack();
      throw new Error(`Pakken ${packId} kunne ikke hentes.`);
    }
  };

  const open = async (g: { packId: string; id: string }, all: LibraryGuide[]) => {
    const pack = await loadLocalPack(g.packId);
    const index = pack.guides.findIndex((x) => x.id === g.id);
    if (index < 0) throw new Error(`Vejledningen ${g.id} findes ikke i pakken ${g.packId}.`);
    const health = all.find((x) => x.source === 'local' && x.id === g.id)?.health ?? [];
    setEditing({ pack, index, originalId: g.id, health, saved: pack.guides[index] });
    setStatus('');
    return { pack, index };
  };

  const ensureLocal = async (g: LibraryGuide, all: LibraryGuide[]) => {
    if (g.source === 'local') return open(g, all);
    const copy = await api.duplicate({ source: g.source, packId: g.packId, guideId: g.id });
    const fresh = await refresh();
    setStatus(`${copy.guideId} er kopieret til de lokale vejledninger. Din kopi bruges i stedet for originalen.`);
    return open({ packId: copy.packId, id: copy.guideId }, fresh);
  };

  const startPick = async (stepIndex: number, current = editingRef.current) => {
    const guide = current?.pack.guides[current.index];
    if (!guide) return;
    const url = pickUrl(guide, stepIndex);
    if (!url) {
      setError('Skriv sidens adresse i feltet "Side" (uden stjerner), så editoren kan åbne den.');
      return;
    }
    const session = await api.startPicker(url, 'pick');
    pending.current = { sessionId: session.id, kind: 'pick', stepIndex };
    setStatus(`Siden er åbnet i en anden fane. Peg på elementet til trin ${stepIndex + 1}.`);
  };

  const updateGuide = (guide: Guide) => {
    if (!editing) return;
    setEditing({ ...editing, pack: { ...editing.pack, guides: replaceAt(editing.pack.guides, editing.index, guide) } });
  };

  const save = () =>
    run(async () => {
      if (!editing) return;
      const pack = { ...editing.pack, version: nextVersion(editing.pack.version, new Date()) };
      const checked = validate(packText(pack));
      if (!checked.ok) {
        setError('Vejledningen kan ikke gemmes endnu. Ret fejlene ved felterne.');
        return;
      }
      const result = await api.importPack(packText(pack));
      if (!result.ok) {
        setError(`Vejledningen blev ikke gemt: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        return;
      }
      const guide = pack.guides[editing.index];
      setEditing({ ...editing, pack, originalId: guide?.id ?? null, saved: guide });
      const retargeted = guide ? retargetedSteps(editing.saved, guide) : [];
      // Best effort: the guide is saved either way; only the library's health view would lag.
      if (guide && retargeted.length) await api.markRepaired(guide.id, retargeted).catch(() => {});
      await refresh();
      setStatus('Vejledningen er gemt.');
    });

  const editedGuide = editing?.pack.guides[editing.index];

  return (
    <div class="editor" lang="da">
      <div class="announce">
        <p role="status" class="status">
          {status}
        </p>
        <p role="alert" class="error">
          {error}
        </p>
      </div>
      <div class="editor-body">
        {editing && editedGuide ? (
          <GuideEditor
            key={`${editing.pack.id}/${editing.originalId ?? ''}/${editing.index}`}
            guide={editedGuide}
            path={`guides[${editing.index}]`}
            problems={problems}
            health={editing.health}
            languages={OTHER_LANGUAGES}
            recordUrl={recordUrlFor(editedGuide)}
            busy={busy}
            onChange={updateGuide}
            onPick={(i) => run(() => startPick(i))}
            onRecord={(url) =>
              run(async () => {
                const session = await api.startPicker(url, 'record');
                pending.current = { sessionId: session.id, kind: 'record' };
                setStatus(
                  'Optagelsen er i gang i den anden fane. Tryk Esc eller "Stop optagelse" dér, når du er færdig.',
                );
              })
            }
            onPreview={(i) =>
              run(async () => {
                await api.preview(editedGuide, i, pickUrl(editedGuide, i));
                setStatus(`Forhåndsvisningen fra trin ${i + 1} er åbnet i en anden fane.`);
              })
            }
            onSave={save}
            onClose={() => {
              setEditing(null);
              setStatus('');
              void run(async () => {
                await refresh();
              });
            }}
          />
        ) : (
          <>
            {guides === null ? (
              !error && <p>Henter vejledninger …</p>
            ) : (
              <Library
                guides={guides}
                busy={busy}
                onEdit={(g) => run(async () => void (await open(g, guides)))}
                onDuplicate={(g) => run(async () => void (await ensureLocal(g, guides)))}
                onRepair={(g, stepIndex) =>
                  run(async () => {
                    const { pack, index } = await ensureLocal(g, guides);
                    const health = guides.find((x) => x.id === g.id)?.health ?? [];
                    await startPick(stepIndex, { pack, index, originalId: g.id, health });
                  })
                }
                onToggle={(g, enabled) =>
                  run(async () => {
                    await api.setEnabled(g.id, enabled);
                    await refresh();
                    setStatus(
                      enabled ? `${g.id} tilbydes nu på denne PC.` : `${g.id} tilbydes ikke længere på denne PC.`,
                    );
                  })
                }
                onNew={() =>
                  run(async () => {
                    const pack = await loadLocalPack(LOCAL_PACK_ID);
                    const guide = newGuide(pack.guides.map((x) => x.id));
                    const next = putGuide(pack, guide);
                    setEditing({ pack: next, index: next.guides.length - 1, originalId: null, health: [] });
                  })
                }
              />
            )}
            {guides !== null && (
              <ImportExport
                api={api}
                packs={packs}
                onImported={() =>
                  void run(async () => {
                    await refresh();
                  })
                }
              />
            )}
          </>
        )}
      </div>
      {chooser && editing && (
        <ProposalChooser
          picked={chooser.picked}
          stepLabel={`trin ${chooser.stepIndex + 1}`}
          offerSay={!editing.pack.guides[editing.index]?.steps[chooser.stepIndex]?.say}
          onCancel={() => setChooser(null)}
          onUse={(chosen: TargetProposal[], say) => {
            const guide = editing.pack.guides[editing.index];
            const step = guide?.steps[chooser.stepIndex];
            if (guide && step) {
              const target = targetFromProposals(chosen);
              const next = { ...step, ...(say ? { say } : {}) };
              if (target) next.target = target;
              updateGuide(replaceStep(guide, chooser.stepIndex, next));
              setStatus(`Trin ${chooser.stepIndex + 1} peger nu på det valgte element. Husk at gemme.`);
            }
            setChooser(null);
          }}
        />
      )}
    </div>
  );
}

function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/** The page to open for picking step `i`: its own page, else the nearest earlier one, else the start. */
export function pickUrl(guide: Guide, i: number): string | undefined {
  for (let j = Math.min(i, guide.steps.length - 1); j >= 0; j--) {
    const page = guide.steps[j]?.page;
    if (page) return urlForPattern(page);
  }
  return urlForPattern(guide.start) ?? guide.sites.map(siteRoot).find(Boolean);
}

/** Where a recording starts by default: after the last step's page, else the start. */
function recordUrlFor(guide: Guide): string {
  return pickUrl(guide, guide.steps.length - 1) ?? '';
}

/** `https://www.borger.dk/*` → `https://www.borger.dk/`. */
function siteRoot(pattern: string): string | undefined {
  const m = /^(https?:\/\/[^/*:]+)\//.exec(pattern);
  return m ? `${m[1]}/` : undefined;
}
