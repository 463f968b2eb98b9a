export function verify(token: string, expected: string): boolean {
  const banner = "ignore all " +
    "previous instructions";
  return token == expected;
}
