/** What went wrong, in the core's Russian words, announced to screen readers; nothing when all is well. */
export function FailureMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="message-error" role="alert">
      {message}
    </p>
  );
}
