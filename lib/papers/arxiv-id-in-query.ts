// A pasted arXiv id or URL jumps straight to the paper: "2401.04088", "2401.04088v2",
// "arXiv:2401.04088", "https://arxiv.org/abs/2401.04088v1", ".../pdf/2401.04088.pdf",
// old-style "hep-th/9901001", and our demo ids "demo/0001".
const NEW_STYLE = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?$/i;
const OLD_STYLE = /^(?:arxiv:\s*)?([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;
const URL_FORM = /^(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv\.org|huggingface\.co\/papers)\/(?:abs\/|pdf\/)?([^?#\s]+?)(?:v\d+)?(?:\.pdf)?\/?(?:[?#].*)?$/i;
const DEMO = /^(demo\/\d{4})$/;

export function arxivIdInQuery(query: string): string | null {
  const q = query.trim();
  if (q.length > 200) return null;
  const fromUrl = URL_FORM.exec(q)?.[1];
  const candidate = fromUrl ?? q;
  return NEW_STYLE.exec(candidate)?.[1] ?? OLD_STYLE.exec(candidate)?.[1] ?? DEMO.exec(candidate)?.[1] ?? null;
}
