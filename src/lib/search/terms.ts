// Pagefind finds pages that hold every word of a query. A question typed in everyday words
// ("what do I say when my manager won't let me decide") carries filler that no page needs to
// contain, so filler is dropped before searching; the words that carry the meaning stay. Words for a person
// ("a man", "this lady") are filler too: the question is never about them, and Pagefind would read "man" as
// the start of "manager".
const FILLER = new Set(
  `a an the i i'm im me my mine we our us you your yours he she they them their it its this that these those
   is are am was were be been being do does did doing have has had having will would shall should can could may might must
   what when where which who whom whose why how if then so than or and but nor not yes
   to of in on at by for with from into onto about as up out off over under again just
   there here some any all each every really very too also
   don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't isn't aren't wasn't weren't haven't hasn't
   let lets get got gets go going want need say tell know keeps
   dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt arent wasnt werent havent hasnt
   whats wheres hows whos thats theres theyre youre ive shes hes i'll you'll we'll they'll i'd ill youll theyll id someone
   man woman lady guy bloke gentleman girl something anything thing things ok okay`.split(/\s+/),
);

/** Whether a word is filler: no page needs to contain it. */
export const isFiller = (word: string) => FILLER.has(word);

/** The words of a query worth searching for; the query itself when it is all filler. */
export function searchTerms(query: string): string {
  const words =
    query
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  const kept = words.filter((w) => !FILLER.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}
