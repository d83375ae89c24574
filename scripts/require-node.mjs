// Runs before every npm script: Astro 7 needs Node 22.12 or newer, and the error it
// gives on an older Node does not say so. Plain JavaScript so that any Node can run it.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `需要 Node.js 22.12 或更高版本（建议 24，见 .nvmrc），当前是 ${process.versions.node}。`,
      `Node.js 22.12 or newer is required (24 recommended, see .nvmrc); this is ${process.versions.node}.`,
      "安装方法 / To install without replacing the system Node:",
      "  npm install --prefix ~/.local/node24 node@24",
      '  export PATH="$HOME/.local/node24/node_modules/.bin:$PATH"',
    ].join("\n"),
  );
  process.exit(1);
}
