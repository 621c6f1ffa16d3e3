package dev.precommit.select;

import java.util.ArrayList;
import java.util.List;

/**
 * pre-commit's deterministic shuffle of a hook's file names before they are split into parallel
 * batches: files that sit together in git's order (one slow directory) are spread over the batches,
 * and a given list is always split the same way. It is Python's {@code
 * random.Random(1542676187).shuffle}, reproduced exactly (Mersenne Twister, {@code _randbelow} by
 * rejection sampling), so batches hold the same files as under pre-commit.
 */
public final class FileOrder {
  /** pre-commit's fixed seed. */
  static final long SEED = 1542676187L;

  private FileOrder() {}

  /** A shuffled copy of {@code files}, in the order pre-commit would pass them. */
  public static <T> List<T> shuffle(List<T> files) {
    List<T> shuffled = new ArrayList<>(files);
    if (shuffled.size() < 2) {
      return shuffled;
    }
    MersenneTwister random = MersenneTwister.seeded();
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.below(i + 1);
      shuffled.set(j, shuffled.set(i, shuffled.get(j)));
    }
    return shuffled;
  }

  /** CPython's MT19937 generator, seeded from a non-negative integer as {@code random.seed}. */
  static final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] state = new int[N];
    private int index;

    /**
     * The generator's state right after seeding with {@link #SEED}: seeding interprets ~1,900 loop
     * steps, a millisecond per hook on the cold hook path, so it is done once. Never written after
     * class initialisation; {@link #seeded} copies it.
     */
    private static final int[] SEEDED_STATE = new MersenneTwister(SEED).state;

    /** A generator as {@code random.Random(SEED)} leaves it. */
    static MersenneTwister seeded() {
      return new MersenneTwister(SEEDED_STATE);
    }

    private MersenneTwister(int[] seededState) {
      System.arraycopy(seededState, 0, state, 0, N);
      index = N;
    }

    MersenneTwister(long seed) {
      if (seed < 0) {
        throw new IllegalArgumentException("seed must be non-negative: " + seed);
      }
      int high = (int) (seed >>> 32);
      initByArray(high == 0 ? new int[] {(int) seed} : new int[] {(int) seed, high});
    }

    private void initGenrand(int seed) {
      state[0] = seed;
      for (int i = 1; i < N; i++) {
        state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
      }
      index = N;
    }

    private void initByArray(int[] key) {
      initGenrand(19650218);
      int i = 1;
      int j = 0;
      for (int k = Math.max(N, key.length); k > 0; k--) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
        i++;
        j++;
        if (i >= N) {
          state[0] = state[N - 1];
          i = 1;
        }
        if (j >= key.length) {
          j = 0;
        }
      }
      for (int k = N - 1; k > 0; k--) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
        i++;
        if (i >= N) {
          state[0] = state[N - 1];
          i = 1;
        }
      }
      state[0] = 0x80000000;
    }

    /** The next 32 random bits. */
    int next32() {
      if (index >= N) {
        twist();
      }
      int y = state[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y;
    }

    private void twist() {
      for (int k = 0; k < N; k++) {
        int y = (state[k] & 0x80000000) | (state[(k + 1) % N] & 0x7fffffff);
        state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
      }
      index = 0;
    }

    /** Python's {@code getrandbits(k)} for {@code 0 <= k <= 32}. */
    long bits(int k) {
      return k == 0 ? 0 : (next32() & 0xffffffffL) >>> (32 - k);
    }

    /** Python's {@code _randbelow(n)}: draw bit_length(n) bits until the value is below n. */
    int below(int n) {
      int k = 32 - Integer.numberOfLeadingZeros(n);
      long r = bits(k);
      while (r >= n) {
        r = bits(k);
      }
      return (int) r;
    }
  }
}
