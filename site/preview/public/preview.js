// Live preview. Payload's admin shows this page in its Live Preview pane and, once the page says
// it is ready, posts `payload-document-event` to it after every save (autosave included): the
// page then loads again, which renders the draft as it now stands. Payload's own handshake
// (@payloadcms/ui's LivePreview provider and window); only messages from this origin count.
const admin = window.parent !== window ? window.parent : window.opener
if (admin) {
  addEventListener('message', (event) => {
    if (event.origin === location.origin && event.data && event.data.type === 'payload-document-event') location.reload()
  })
  admin.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
}
