/**
 * How long after an edit the admin autosaves a draft (Payload debounces saves by this). The Live
 * Preview pane reloads after each save, so an edit shows there in about this plus one render.
 */
export const AUTOSAVE_INTERVAL_MS = 800
