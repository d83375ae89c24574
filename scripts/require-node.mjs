// Runs before every npm script. Astro 7 needs Node 22.12 or newer. `npm install` puts
// Node 24 into node_modules/.bin (the `node` devDependency) and `npm run` puts that folder
// first on PATH, so every script runs on it whatever the system Node is. This check is for
// when that did not happen (dev dependencies omitted, a platform without a Node package);
// Astro's own error on an older Node does not say what to do. Plain JavaScript, so any
// Node can run it.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `需要 Node.js 22.12 或更高版本，当前是 ${process.versions.node}。`,
      `Node.js 22.12 or newer is required; this is ${process.versions.node}.`,
      "",
      "通常只要在本文件夹运行 npm install：它会把 Node 24 装进 node_modules，不改动系统的 Node。",
      "Usually `npm install` in this folder is enough: it installs Node 24 into node_modules, leaving the system Node alone.",
      "",
      "如果仍然不行（例如安装时用了 --omit=dev），可以把 Node 24 装到自己的工具目录 / otherwise install Node 24 into a tools folder:",
      "  npm install --prefix ~/.local/node24 node@24",
      '  export PATH="$HOME/.local/node24/node_modules/.bin:$PATH"',
    ].join("\n"),
  );
  process.exit(1);
}
