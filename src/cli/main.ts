import { CATEGORY_LABELS, MESSAGE_CATEGORIES, type Practice, type Recipient, samplePractice } from "../index.js";

function describe(practice: Practice, recipient: Recipient): string {
  switch (recipient.type) {
    case "member":
      return practice.members[recipient.id]?.name ?? recipient.id;
    case "group":
      return practice.groups[recipient.id]?.name ?? recipient.id;
    case "assigned_provider":
      return "Assigned provider";
  }
}

const practice = samplePractice();
console.log(`${practice.name}: patient messaging is ${practice.messaging.patientInitiated ? "on" : "off"}.`);
for (const [providerId, table] of Object.entries(practice.routing)) {
  console.log(`\n${practice.members[providerId]?.name ?? providerId}`);
  for (const category of MESSAGE_CATEGORIES) {
    const cell = table[category];
    const route = cell ? cell.map((r) => describe(practice, r)).join(", ") : "(practice default)";
    console.log(`  ${CATEGORY_LABELS[category].padEnd(28)}${route}`);
  }
}
