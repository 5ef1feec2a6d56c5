// The words a paper's classifier weighs: lower-cased word unigrams and bigrams of title + abstract,
// and the title's unigrams again under their own prefix (a title names what a paper is about).
// The tagger and scripts/train-tagger.ts share this one function, so training sees what tagging sees.

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;
const MAX_WORDS = 400; // the features of a 5 MB abstract stop here; real abstracts have ~200 words

/** Feature names present in the text (each once): `w:word`, `b:word word`, `t:word` for title words. */
export function textFeatures(title: string, abstract: string | null | undefined): Set<string> {
  const features = new Set<string>();
  const titleWords = words(title);
  for (const word of titleWords) features.add(`t:${word}`);
  addWords(features, titleWords);
  if (abstract) addWords(features, words(abstract));
  return features;
}

function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD) ?? [];
  return found.length > MAX_WORDS ? found.slice(0, MAX_WORDS) : found;
}

function addWords(features: Set<string>, list: readonly string[]) {
  for (let i = 0; i < list.length; i++) {
    features.add(`w:${list[i]}`);
    if (i > 0) features.add(`b:${list[i - 1]} ${list[i]}`);
  }
}

/** The words of a phrase's surroundings; the partial words at both cut ends are dropped. */
export function contextWords(window: string): string[] {
  return words(window).slice(1, -1);
}
