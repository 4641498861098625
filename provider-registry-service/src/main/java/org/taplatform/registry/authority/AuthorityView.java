package org.taplatform.registry.authority;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An entry as platform users read it: what it is designated for (with where each designation comes from), how to
 * reach it, and whether its confirmation is overdue ({@code stale}: not confirmed within the confirmation interval).
 */
public record AuthorityView(@Schema(example = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID id, @Schema(example = "KEN") String country, @Schema(example = "Office of the Attorney General, Central Authority") String name, List<DesignationView> designations,
        List<String> languages, List<Channel> channels, String officeHours, String timeZone, LocalDate lastConfirmedOn,
        LocalDate confirmationDue, boolean stale, boolean withdrawn, int version, Instant updatedAt, String updatedBy) {

    public record DesignationView(String code, String label, String instrument, String article) {

        static DesignationView of(Designation designation) {
            return new DesignationView(designation.name(), designation.label(), designation.instrument(),
                    designation.article());
        }
    }

    static AuthorityView of(CompetentAuthority authority, ConfirmationPolicy policy) {
        return new AuthorityView(authority.id, authority.country, authority.name,
                Arrays.stream(authority.designations).map(Designation::valueOf).map(DesignationView::of).toList(),
                List.of(authority.languages), List.copyOf(authority.channels), authority.officeHours,
                authority.timeZone, authority.lastConfirmedOn, policy.dueAfter(authority.lastConfirmedOn),
                policy.isStale(authority), authority.withdrawnAt != null, authority.version, authority.updatedAt,
                authority.updatedBy);
    }
}
