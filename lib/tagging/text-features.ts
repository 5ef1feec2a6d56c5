// The words a paper's classifier weighs: lower-cased word unigrams and bigrams of title + abstract,
// and the title's unigrams again under their own prefix (a title names what a paper is about).
// The tagger and scripts/train-tagger.ts share this one function, so training sees what tagging sees.

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;
const MAX_WORDS = 400; // the features of a 5 MB abstract stop here; real abstracts have ~200 words

/** Adds the feature names present in the text (value 1): `w:word`, `b:word word`, `t:word` for title words. */
export function addTextFeatures(features: Map<string, number>, title: string, abstract: string | null | undefined): void {
  const titleWords = words(title);
  for (const word of titleWords) features.set(`t:${word}`, 1);
  addWords(features, titleWords);
  if (abstract) addWords(features, words(abstract));
}

function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD) ?? [];
  return found.length > MAX_WORDS ? found.slice(0, MAX_WORDS) : found;
}

function addWords(features: Map<string, number>, list: readonly string[]) {
  for (let i = 0; i < list.length; i++) {
    features.set(`w:${list[i]}`, 1);
    if (i > 0) features.set(`b:${list[i - 1]} ${list[i]}`, 1);
  }
}

/** The words of a phrase's surroundings; the partial words at both cut ends are dropped. */
export function contextWords(window: string): string[] {
  return words(window).slice(1, -1);
}
