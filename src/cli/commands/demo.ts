import { samplePractice } from "../../index.js";
import type { Command } from "../internal/command.js";
import { editAndUndo, messagingOff } from "../internal/demoEdits.js";
import { practiceWeek } from "../internal/demoTime.js";
import { absence, everyCategory, tables } from "../internal/demoTour.js";
import { EXIT } from "../internal/exit.js";

/** `demo`: the guided tour on the sample practice. */
export const demoCommand: Command = {
  name: "demo",
  summary: "A guided tour on the built-in sample practice (npm start runs it).",
  usage: "",
  description: [
    "Walks through Enterprise Family Medicine, the sample practice of samplePractice(): its routing tables,",
    "who receives each category from a patient of Beverly Crusher and why, Jane Smith's absence covered by",
    "Kim Jones, the practice's week (opening hours, a message after hours, an absence nobody covers), an",
    "admin's edit with its audit line and its undo, and turning patient messaging off.",
    "Every instant is fixed, so the output is the same on every run. Reads no file.",
  ],
  positionals: [],
  flags: {},
  run: async ({ out, json }) => {
    const practice = samplePractice();
    const edited = editAndUndo(practice);
    const sections = [
      tables(practice),
      everyCategory(practice),
      absence(practice),
      practiceWeek(practice),
      edited,
      messagingOff(edited.practice),
    ];
    if (json) {
      out.json({ practice: practice.id, sections: sections.map(({ title, data }) => ({ title, ...data })) });
      return EXIT.ok;
    }
    out.lines(`Patient message routing: a tour of ${practice.name} (the sample practice)`);
    sections.forEach((section, index) => {
      const heading = `${index + 1}. ${section.title}`;
      out.lines("", heading, "-".repeat(heading.length), ...section.lines);
    });
    return EXIT.ok;
  },
};
