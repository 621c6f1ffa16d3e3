package dev.precommit.hooks.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code difflib.unified_diff} over lists of lines (ends kept), with its {@code
 * SequenceMatcher} (including the "popular element" heuristic for 200+ lines) so that hunks come
 * out exactly as the Python hook prints them. No "\ No newline at end of file" marker: like
 * difflib, a last line without a newline runs into the next output line.
 */
final class UnifiedDiff {
  private UnifiedDiff() {}

  private record Match(int a, int b, int size) {}

  private record OpCode(char tag, int i1, int i2, int j1, int j2) {}

  static String diff(List<String> a, List<String> b, String fromFile, String toFile) {
    List<List<OpCode>> groups = groupedOpcodes(a, b, 3);
    if (groups.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(fromFile).append('\n');
    out.append("+++ ").append(toFile).append('\n');
    for (List<OpCode> group : groups) {
      OpCode first = group.get(0);
      OpCode last = group.get(group.size() - 1);
      out.append("@@ -")
          .append(range(first.i1(), last.i2()))
          .append(" +")
          .append(range(first.j1(), last.j2()))
          .append(" @@\n");
      for (OpCode op : group) {
        if (op.tag() == 'e') {
          for (int i = op.i1(); i < op.i2(); i++) {
            out.append(' ').append(a.get(i));
          }
          continue;
        }
        if (op.tag() == 'r' || op.tag() == 'd') {
          for (int i = op.i1(); i < op.i2(); i++) {
            out.append('-').append(a.get(i));
          }
        }
        if (op.tag() == 'r' || op.tag() == 'i') {
          for (int j = op.j1(); j < op.j2(); j++) {
            out.append('+').append(b.get(j));
          }
        }
      }
    }
    return out.toString();
  }

  private static String range(int start, int stop) {
    int beginning = start + 1;
    int length = stop - start;
    if (length == 1) {
      return Integer.toString(beginning);
    }
    if (length == 0) {
      beginning--;
    }
    return beginning + "," + length;
  }

  private static List<List<OpCode>> groupedOpcodes(List<String> a, List<String> b, int n) {
    List<OpCode> codes = opcodes(a, b);
    if (codes.isEmpty()) {
      codes.add(new OpCode('e', 0, 1, 0, 1));
    }
    OpCode c0 = codes.get(0);
    if (c0.tag() == 'e') {
      codes.set(
          0,
          new OpCode(
              'e',
              Math.max(c0.i1(), c0.i2() - n),
              c0.i2(),
              Math.max(c0.j1(), c0.j2() - n),
              c0.j2()));
    }
    OpCode cl = codes.get(codes.size() - 1);
    if (cl.tag() == 'e') {
      codes.set(
          codes.size() - 1,
          new OpCode(
              'e',
              cl.i1(),
              Math.min(cl.i2(), cl.i1() + n),
              cl.j1(),
              Math.min(cl.j2(), cl.j1() + n)));
    }
    int nn = n + n;
    List<List<OpCode>> groups = new ArrayList<>();
    List<OpCode> group = new ArrayList<>();
    for (OpCode c : codes) {
      int i1 = c.i1();
      int j1 = c.j1();
      if (c.tag() == 'e' && c.i2() - i1 > nn) {
        group.add(new OpCode('e', i1, Math.min(c.i2(), i1 + n), j1, Math.min(c.j2(), j1 + n)));
        groups.add(group);
        group = new ArrayList<>();
        i1 = Math.max(i1, c.i2() - n);
        j1 = Math.max(j1, c.j2() - n);
      }
      group.add(new OpCode(c.tag(), i1, c.i2(), j1, c.j2()));
    }
    if (!group.isEmpty() && !(group.size() == 1 && group.get(0).tag() == 'e')) {
      groups.add(group);
    }
    return groups;
  }

  private static List<OpCode> opcodes(List<String> a, List<String> b) {
    int i = 0;
    int j = 0;
    List<OpCode> answer = new ArrayList<>();
    for (Match m : matchingBlocks(a, b)) {
      char tag = 0;
      if (i < m.a() && j < m.b()) {
        tag = 'r';
      } else if (i < m.a()) {
        tag = 'd';
      } else if (j < m.b()) {
        tag = 'i';
      }
      if (tag != 0) {
        answer.add(new OpCode(tag, i, m.a(), j, m.b()));
      }
      i = m.a() + m.size();
      j = m.b() + m.size();
      if (m.size() > 0) {
        answer.add(new OpCode('e', m.a(), i, m.b(), j));
      }
    }
    return answer;
  }

  private static List<Match> matchingBlocks(List<String> a, List<String> b) {
    Map<String, List<Integer>> b2j = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      b2j.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
    }
    if (b.size() >= 200) {
      int ntest = b.size() / 100 + 1;
      Set<String> popular = new HashSet<>();
      for (Map.Entry<String, List<Integer>> e : b2j.entrySet()) {
        if (e.getValue().size() > ntest) {
          popular.add(e.getKey());
        }
      }
      popular.forEach(b2j::remove);
    }
    List<Match> blocks = new ArrayList<>();
    List<int[]> queue = new ArrayList<>();
    queue.add(new int[] {0, a.size(), 0, b.size()});
    while (!queue.isEmpty()) {
      int[] q = queue.remove(queue.size() - 1);
      Match x = longestMatch(a, b, b2j, q[0], q[1], q[2], q[3]);
      if (x.size() > 0) {
        blocks.add(x);
        if (q[0] < x.a() && q[2] < x.b()) {
          queue.add(new int[] {q[0], x.a(), q[2], x.b()});
        }
        if (x.a() + x.size() < q[1] && x.b() + x.size() < q[3]) {
          queue.add(new int[] {x.a() + x.size(), q[1], x.b() + x.size(), q[3]});
        }
      }
    }
    blocks.sort(
        (p, r) ->
            p.a() != r.a()
                ? Integer.compare(p.a(), r.a())
                : p.b() != r.b()
                    ? Integer.compare(p.b(), r.b())
                    : Integer.compare(p.size(), r.size()));
    List<Match> result = new ArrayList<>();
    int i1 = 0;
    int j1 = 0;
    int k1 = 0;
    for (Match m : blocks) {
      if (i1 + k1 == m.a() && j1 + k1 == m.b()) {
        k1 += m.size();
      } else {
        if (k1 > 0) {
          result.add(new Match(i1, j1, k1));
        }
        i1 = m.a();
        j1 = m.b();
        k1 = m.size();
      }
    }
    if (k1 > 0) {
      result.add(new Match(i1, j1, k1));
    }
    result.add(new Match(a.size(), b.size(), 0));
    return result;
  }

  private static Match longestMatch(
      List<String> a,
      List<String> b,
      Map<String, List<Integer>> b2j,
      int alo,
      int ahi,
      int blo,
      int bhi) {
    int besti = alo;
    int bestj = blo;
    int bestsize = 0;
    Map<Integer, Integer> j2len = new HashMap<>();
    for (int i = alo; i < ahi; i++) {
      Map<Integer, Integer> newj2len = new HashMap<>();
      for (int j : b2j.getOrDefault(a.get(i), Collections.emptyList())) {
        if (j < blo) {
          continue;
        }
        if (j >= bhi) {
          break;
        }
        int k = j2len.getOrDefault(j - 1, 0) + 1;
        newj2len.put(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
      bestsize++;
    }
    return new Match(besti, bestj, bestsize);
  }
}
