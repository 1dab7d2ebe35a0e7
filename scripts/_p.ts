import { repeatedWord } from "../lib/checks/repeated-word";
import { runChecks } from "../lib/checks/run";
for (const n of [600, 1200, 2400, 4800]) {
  const text = "the ".repeat(n / 4);
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    runChecks([{ text, kind: "paragraph" }], { blocks: [0], targetLang: "en", checks: [repeatedWord] });
    best = Math.min(best, performance.now() - t0);
  }
  console.log(n, best.toFixed(3));
}
