package org.taplatform.registry.iati;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import javax.xml.stream.XMLStreamException;

import org.taplatform.reference.problem.ProblemException;
import org.taplatform.registry.activity.Activity;
import org.taplatform.registry.organisation.Organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** IATI files of the registry: a country's or an organisation's activities, and organisation files. */
@ApplicationScoped
public class IatiExportService {

    private static final int PAGE = 200;

    /** The activities an export holds: not withdrawn, of the organisation and/or to the country. */
    private record Selection(String where, Parameters parameters) {

        static Selection of(String organisation, String country) {
            StringBuilder where = new StringBuilder("withdrawnAt is null");
            Parameters parameters = new Parameters();
            if (organisation != null) {
                where.append(" and reportingOrganisation = :organisation");
                parameters.and("organisation", organisation);
            }
            if (country != null) {
                where.append(" and array_contains(recipientCountryCodes, :country)");
                parameters.and("country", country);
            }
            return new Selection(where.toString(), parameters);
        }
    }

    /**
     * Whether there is any activity (not withdrawn) to export: an IATI activity file needs at least one
     * {@code iati-activity} to be valid, so an empty export is answered before any byte is written.
     */
    public boolean anyActivity(String organisation, String country) {
        Selection selection = Selection.of(organisation, country);
        return QuarkusTransaction.requiringNew().call(() -> Activity.find(selection.where(), selection.parameters())
                .firstResultOptional().isPresent());
    }

    /**
     * Streams the activities (not withdrawn) reported by an organisation or with a recipient country, by IATI
     * identifier, in one read transaction.
     */
    public void activities(String organisation, String country, OutputStream out) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            Selection selection = Selection.of(organisation, country);
            String where = selection.where();
            Parameters parameters = selection.parameters();
            Map<String, Organisation> reporters = new HashMap<>();
            try (IatiActivityWriter writer = new IatiActivityWriter(out)) {
                String after = "";
                while (true) { // pages of 200 by identifier, so that memory stays flat whatever the number
                    var page = Activity.<Activity>find(where + " and iatiIdentifier > :after", Sort.by("iatiIdentifier"),
                            parameters.and("after", after)).page(0, PAGE).list();
                    for (Activity activity : page) {
                        Organisation reporter = reporters.computeIfAbsent(activity.reportingOrganisation,
                                identifier -> Organisation.byIdentifier(identifier).orElse(null));
                        writer.write(activity.snapshot(), activity.updatedAt,
                                reporter == null ? activity.reportingOrganisation : reporter.name("en"),
                                reporter == null ? "90" : reporter.iatiType);
                    }
                    writer.flush();
                    if (page.size() < PAGE) {
                        break;
                    }
                    after = page.get(page.size() - 1).iatiIdentifier;
                    Activity.getEntityManager().clear();
                    reporters.clear();
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException("writing the IATI file failed", e);
            }
        });
    }

    public void organisation(String identifier, OutputStream out) {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> Organisation.byIdentifier(identifier)
                .orElseThrow(() -> ProblemException.notFound("No organisation " + identifier)));
        try {
            IatiOrganisationWriter.write(out, organisation.identifier, organisation.names, organisation.iatiType,
                    organisation.updatedAt);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the IATI organisation file failed", e);
        }
    }

    public boolean organisationExists(String identifier) {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.byIdentifier(identifier).isPresent());
    }
}
