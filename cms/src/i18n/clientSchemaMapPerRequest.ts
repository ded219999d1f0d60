/**
 * Payload 3.90 keeps each collection's client field schema map for the life of the process, under
 * the collection's slug alone (@payloadcms/ui, utilities/getClientSchemaMap.js), built in the admin
 * language of whoever asked first. The fields the server renders into form state (the rich-text
 * editors) then wear that language's labels for everyone: once an editor had opened an archive
 * item in English, the Albanian admin read "Description" and "Transcript". Payload fixed the same
 * bug for the client config (payloadcms/payload#11725), not for this map. Its own switch,
 * `_payload_doNotCacheClientSchemaMap`, is reset after every build; held on here, the map is built
 * per request (React's `cache()` still shares it within one), in that request's language.
 */
Object.defineProperty(globalThis, '_payload_doNotCacheClientSchemaMap', {
  configurable: true,
  get: () => true,
  // Payload writes `false` after each build; ignored, not thrown on (module code is strict).
  set: () => undefined,
})
