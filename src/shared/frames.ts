/**
 * Calls `callback` once the next frame has been painted (not in that frame's animation
 * callbacks), so that work split into chunks takes one chunk a frame and the page answers in
 * between. Returns a function that cancels the call.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancel = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(0);
    cancel = () => channel.port1.close();
  });
  return () => cancel();
}
