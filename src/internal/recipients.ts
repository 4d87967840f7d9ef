/**
 * The misuse error for a recipient of no known type: the compiler proves every recipient is handled, so
 * this is reached only by data outside the types. Never echoes the recipient (it may hold free text).
 */
export function unknownRecipient(_recipient: never): TypeError {
  return new TypeError("A routing cell holds a recipient whose type is not member, group or assigned_provider.");
}
