// Puppeteer drives the system Chromium (see scripts/setup.sh): the registries this
// project installs from serve no browser builds, so a download at install time fails.
module.exports = { skipDownload: true };
