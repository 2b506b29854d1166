/**
 * Everything of the workbook that is off the way through the steps, as one chunk
 * loaded the first time any of it is needed: checking the answers and the ready
 * view, opening and saving files, bringing two drafts together, renewal, the lock's
 * dialog, clearing the device, the reminder's words and the direction-control
 * warning. One chunk rather than one each: esbuild puts the code a chunk shares with
 * the page into a file of its own, and every such file is loaded at start and
 * compressed alone, so many small chunks cost the start-up script more than they
 * saved (measured: README, "Measured").
 */
export { clearDevice, listInWords } from "../storage/clear-device.ts";
export { createLockSettings } from "../lock/lock-settings.ts";
export { reminderText } from "../keeping/reminder-text.ts";
export { createRenewal } from "./renewal.ts";
export { startMergeView } from "./merge-view.ts";
export { createCheckView } from "./check-view.ts";
export { createReadyView } from "./ready-view.ts";
export { createFiles } from "./files.ts";
export { showDirectionWarning } from "./direction-control-warning.ts";
