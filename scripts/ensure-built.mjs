// Builds the package when dist/ is missing or older than src/ (used by `npm start` and `npm run bench`).
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
const built = join(root, "dist", "config.schema.json");
if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, "src"))) {
  console.error("Building the package (dist/ is missing or older than src/)…");
  execSync("npm run --silent build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
