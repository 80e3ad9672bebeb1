import { Loadable } from '../components/Loadable.tsx';
import { PostmortemEditorView } from '../components/PostmortemEditorView.tsx';
import { useApi } from '../lib/useApi.ts';
import type { Postmortem } from '../contract.ts';

/** The post-mortem editor page: loads the post-mortem, then the editor. */
export function PostmortemPage({ id }: { id: string }) {
  const load = useApi<Postmortem>(`/api/v1/postmortems/${encodeURIComponent(id)}`);
  return <Loadable load={load} what="the post-mortem">{(pm) => <PostmortemEditorView key={pm.id} initial={pm} />}</Loadable>;
}
