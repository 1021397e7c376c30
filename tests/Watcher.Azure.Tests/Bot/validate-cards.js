// Parses Adaptive Cards with the official renderer library (npm `adaptivecards`, no DOM needed) and reports,
// per card, every parse or validation event (unknown elements/actions, invalid values, elements newer than
// the card's version). Input: a JSON file [{ "name": "...", "card": {...} }]. Output: {"name": ["event: message", ...]}.
const fs = require("fs");
const path = require("path");
const repo = process.argv[3];
const AC = require(path.join(repo, "node_modules", "adaptivecards", "dist", "adaptivecards.js"));

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const report = {};
for (const { name, card: json } of input) {
  const problems = [];
  const context = new AC.SerializationContext();
  const version = AC.Version.parse(json.version, context);
  if (!version || !version.isValid) problems.push(`InvalidVersion: ${json.version}`);
  else context.targetVersion = version;
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  if (json.type !== "AdaptiveCard") problems.push(`NotACard: type is ${json.type}`);
  report[name] = problems;
}
process.stdout.write(JSON.stringify(report));
