package org.taplatform.coordination.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.coverage.model.ActivityFact;
import org.taplatform.coordination.overlap.model.ComparedActivity;

/**
 * The pairs a full recompute compares, walked bucket by bucket, are exactly the pairs overlap rules may flag, each
 * once, in alert order (those sharing a country, some days and a subtype), whatever else they share. Without
 * infrastructure: the index alone.
 */
class OverlapCandidatePairsTest {

    static final List<String> COUNTRIES = List.of("KEN", "UGA", "TZA");
    static final List<String> SUBTYPES = List.of("LEGAL.DRAFTING", "LEGAL.REVIEW", "COOPERATION.MLA");
    static final List<String> GROUPS = List.of("JUDGES", "PROSECUTORS", "LAW_ENFORCEMENT");

    final Random random = new Random(3);

    @Test
    void shouldVisitEveryPairOverlapRulesMayFlagOnceAndNoOther() {
        for (int round = 0; round < 20; round++) {
            ReadModelIndex index = new ReadModelIndex();
            List<IndexedActivity> activities = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                IndexedActivity activity = activity(i);
                activities.add(activity);
                index.put(activity);
            }
            // and some changed or withdrawn again, as live events do
            for (int i = 0; i < 10; i++) {
                IndexedActivity changed = activity(activities.get(i).id(), i);
                activities.set(i, changed);
                index.put(changed);
            }
            index.removeActivity(activities.remove(20).id());

            Map<String, Integer> visited = new ConcurrentHashMap<>();
            index.forEachOverlapCandidatePair((first, second) -> {
                assertThat(first.comesBefore(second)).isTrue();
                visited.merge(first.id() + "|" + second.id(), 1, Integer::sum);
            });

            Set<String> expected = new HashSet<>();
            for (IndexedActivity a : activities) {
                for (IndexedActivity b : activities) {
                    if (a.comesBefore(b) && mayOverlap(a, b)) {
                        expected.add(a.id() + "|" + b.id());
                    }
                }
            }
            assertThat(visited.keySet()).isEqualTo(expected);
            assertThat(visited.values()).allMatch(times -> times == 1);
        }
    }

    @Test
    void shouldFindForOneActivityTheCandidatesThePairsHold() {
        ReadModelIndex index = new ReadModelIndex();
        List<IndexedActivity> activities = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            activities.add(activity(i));
            index.put(activities.get(i));
        }
        Map<UUID, Set<UUID>> fromPairs = new HashMap<>();
        index.forEachOverlapCandidatePair((first, second) -> {
            synchronized (fromPairs) {
                fromPairs.computeIfAbsent(first.id(), id -> new HashSet<>()).add(second.id());
                fromPairs.computeIfAbsent(second.id(), id -> new HashSet<>()).add(first.id());
            }
        });
        for (IndexedActivity activity : activities.stream().filter(IndexedActivity::isLive).toList()) {
            Set<UUID> candidates = new HashSet<>();
            index.forEachOverlapCandidate(activity, other -> assertThat(candidates.add(other.id())).isTrue());
            assertThat(candidates).isEqualTo(fromPairs.getOrDefault(activity.id(), Set.of()));
        }
    }

    /** What overlap rules require of a pair before they compare texts. */
    static boolean mayOverlap(IndexedActivity a, IndexedActivity b) {
        return a.isLive() && b.isLive()
                && a.startDay() <= b.endDay() && b.startDay() <= a.endDay()
                && shares(a.fact().countries(), b.fact().countries())
                && shares(a.fact().taSubtypes(), b.fact().taSubtypes());
    }

    static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    IndexedActivity activity(int i) {
        return activity(UUID.randomUUID(), i);
    }

    /** Up to three countries, two subtypes and two groups; five organisations; open ends; every IATI status. */
    IndexedActivity activity(UUID id, int i) {
        Set<String> countries = some(COUNTRIES, 3);
        Set<String> subtypes = some(SUBTYPES, 2);
        Set<String> groups = some(GROUPS, 2);
        LocalDate start = random.nextInt(8) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
        LocalDate end = random.nextInt(8) == 0 ? null : LocalDate.of(2026, 3, 1).plusDays(random.nextInt(400));
        String organisation = "XI-PAIRS-" + random.nextInt(5);
        String status = String.valueOf(1 + random.nextInt(6));
        ActivityFact fact = new ActivityFact(organisation + "-" + i, Set.of(), subtypes, countries, status, start, end);
        ComparedActivity compared = ComparedActivity.of(organisation + "-" + i, organisation, countries, subtypes,
                groups, start, end, Map.of("en", Set.of("training")));
        return IndexedActivity.of(id, organisation + "-" + i, organisation, Set.of(organisation), status,
                random.nextInt(10) != 0, fact, compared);
    }

    Set<String> some(List<String> values, int most) {
        Set<String> chosen = new HashSet<>();
        int count = 1 + random.nextInt(most);
        while (chosen.size() < count) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return Set.copyOf(chosen);
    }
}
