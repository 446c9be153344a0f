/**
 * An error whose message is written for the user (Chinese, naming the file or field): shown as is.
 * Any other error is a defect and reaches the window only as a short generic message.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
