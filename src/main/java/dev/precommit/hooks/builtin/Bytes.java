package dev.precommit.hooks.builtin;

/** Substring search over bytes, as Python's {@code needle in haystack} on {@code bytes}. */
final class Bytes {
  private Bytes() {}

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    if (needle.length == 0) {
      return from <= haystack.length ? from : -1;
    }
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Unsigned lexicographic order, as Python compares {@code bytes}. */
  static int compare(byte[] a, byte[] b) {
    return java.util.Arrays.compareUnsigned(a, b);
  }

  /** Python's {@code bytes.lower()}: ASCII letters only. */
  static byte[] lower(byte[] b) {
    byte[] out = b.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] += 32;
      }
    }
    return out;
  }
}
