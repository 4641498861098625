package org.taplatform.registry.iati;

import static org.taplatform.registry.iati.XmlElements.attribute;
import static org.taplatform.registry.iati.XmlElements.bool;
import static org.taplatform.registry.iati.XmlElements.children;
import static org.taplatform.registry.iati.XmlElements.date;
import static org.taplatform.registry.iati.XmlElements.narratives;
import static org.taplatform.registry.iati.XmlElements.present;
import static org.taplatform.registry.iati.XmlElements.skip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.taplatform.events.registry.ActivityFinance;
import org.taplatform.events.registry.ActivityFinance.FlowOrganisation;
import org.taplatform.events.registry.ActivityFinance.PeriodBudget;
import org.taplatform.events.registry.ActivityFinance.PlannedDisbursement;
import org.taplatform.events.registry.ActivityFinance.Transaction;
import org.taplatform.events.registry.ActivityFinance.MoneyValue;
import org.taplatform.events.registry.ActivityFinance.VocabularyCode;

/**
 * Reads an activity's money (IATI budget, planned-disbursement, transaction) element for element. A value without a
 * currency takes the activity's default-currency, a budget without a type is an original one and without a status an
 * indicative one (IATI's defaults). An element the schema would refuse (no value, no date, no currency anywhere) is
 * left out, and the importer told why in the activity's notes; the activity itself is kept.
 */
final class IatiFinanceReader {

    private final String defaultLanguage;
    private final String defaultCurrency;
    private final List<String> notes;

    IatiFinanceReader(String defaultLanguage, String defaultCurrency, List<String> notes) {
        this.defaultLanguage = defaultLanguage;
        this.defaultCurrency = defaultCurrency;
        this.notes = notes;
    }

    /** A budget, or null (noted) when it lacks its period or value. */
    PeriodBudget budget(XMLStreamReader xml) throws XMLStreamException {
        String type = attribute(xml, "type", "1").strip();
        String status = attribute(xml, "status", "1").strip();
        Period period = new Period();
        MoneyValue[] value = new MoneyValue[1];
        List<String> problems = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "period-start" -> period.start = dateOf(child, "budget period-start", problems);
                case "period-end" -> period.end = dateOf(child, "budget period-end", problems);
                case "value" -> value[0] = value(child, problems);
                default -> skip(child);
            }
        });
        if (period.start == null || period.end == null) {
            problems.add("it has no period-start and period-end");
        }
        if (!type.matches("[12]") || !status.matches("[12]")) {
            problems.add("type " + type + " and status " + status + " are not an IATI BudgetType and BudgetStatus");
        }
        if (value[0] == null || !problems.isEmpty()) {
            leftOut("budget", problems);
            return null;
        }
        return new PeriodBudget(type, status, period.start, period.end, value[0]);
    }

    /** A planned disbursement, or null (noted) when it lacks its start or value. */
    PlannedDisbursement plannedDisbursement(XMLStreamReader xml) throws XMLStreamException {
        String type = present(xml, "type");
        Period period = new Period();
        MoneyValue[] value = new MoneyValue[1];
        FlowOrganisation[] parties = new FlowOrganisation[2];
        List<String> problems = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "period-start" -> period.start = dateOf(child, "planned-disbursement period-start", problems);
                case "period-end" -> period.end = dateOf(child, "planned-disbursement period-end", problems);
                case "value" -> value[0] = value(child, problems);
                case "provider-org" -> parties[0] = organisation(child, "provider-activity-id");
                case "receiver-org" -> parties[1] = organisation(child, "receiver-activity-id");
                default -> skip(child);
            }
        });
        if (period.start == null) {
            problems.add("it has no period-start");
        }
        if (value[0] == null || !problems.isEmpty()) {
            leftOut("planned-disbursement", problems);
            return null;
        }
        return new PlannedDisbursement(type, period.start, period.end, value[0], parties[0], parties[1]);
    }

    /** A transaction, or null (noted) when it lacks its type, date or value. */
    Transaction transaction(XMLStreamReader xml) throws XMLStreamException {
        String ref = present(xml, "ref");
        Boolean humanitarian = bool(xml, "humanitarian");
        TransactionParts parts = new TransactionParts();
        List<String> problems = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "transaction-type" -> parts.type = code(child);
                case "transaction-date" -> parts.date = dateOf(child, "transaction-date", problems);
                case "value" -> parts.value = value(child, problems);
                case "description" -> parts.descriptions.putAll(narratives(child, defaultLanguage));
                case "provider-org" -> parts.provider = organisation(child, "provider-activity-id");
                case "receiver-org" -> parts.receiver = organisation(child, "receiver-activity-id");
                case "disbursement-channel" -> parts.channel = checked(code(child), "[1-4]", "disbursement-channel");
                case "sector" -> addCoded(parts.sectors, vocabularyCode(child));
                case "recipient-country" -> parts.country = checked(code(child), "[A-Za-z]{2}", "recipient-country");
                case "recipient-region" -> {
                    VocabularyCode region = vocabularyCode(child);
                    parts.region = region.code().isEmpty() ? null : region;
                }
                case "flow-type" -> parts.flowType = checked(code(child), "\\d{1,3}", "flow-type");
                case "finance-type" -> parts.financeType = checked(code(child), "\\d{1,4}", "finance-type");
                case "aid-type" -> addCoded(parts.aidTypes, vocabularyCode(child));
                case "tied-status" -> parts.tiedStatus = checked(code(child), "[345]", "tied-status");
                default -> skip(child);
            }
        });
        if (parts.type == null || !parts.type.matches("[1-9]|1[0-3]")) {
            problems.add("its transaction-type " + parts.type + " is not an IATI TransactionType (1 to 13)");
        }
        if (parts.date == null) {
            problems.add("it has no transaction-date");
        }
        if (parts.value == null || !problems.isEmpty()) {
            leftOut("transaction" + (ref == null ? "" : " " + ref), problems);
            return null;
        }
        return new Transaction(ref, parts.type, parts.date, parts.value, parts.descriptions, parts.provider,
                parts.receiver, parts.channel, parts.sectors, parts.country == null ? null
                        : parts.country.toUpperCase(java.util.Locale.ROOT), parts.region, parts.flowType,
                parts.financeType, parts.aidTypes, parts.tiedStatus, humanitarian);
    }

    /** The value of the current value element in its currency (or the activity's default), at its value-date. */
    private MoneyValue value(XMLStreamReader xml, List<String> problems) throws XMLStreamException {
        String currency = attribute(xml, "currency", defaultCurrency);
        LocalDate valueDate = date(xml, "value-date", "value-date", problems);
        String text = xml.getElementText().strip();
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add("its value " + text + " is not an amount");
            return null;
        }
        if (currency == null || currency.isBlank()) {
            problems.add("its value has no currency and the activity no default-currency");
            return null;
        }
        if (valueDate == null) {
            problems.add("its value has no value-date");
            return null;
        }
        return new MoneyValue(amount, currency.strip(), valueDate);
    }

    private FlowOrganisation organisation(XMLStreamReader xml, String activityAttribute) throws XMLStreamException {
        String ref = present(xml, "ref");
        String type = checked(present(xml, "type"), ActivityFinance.ORGANISATION_TYPES, xml.getLocalName() + " type");
        String activity = present(xml, activityAttribute);
        String name = narratives(xml, defaultLanguage).values().stream().findFirst().orElse(null);
        return new FlowOrganisation(ref, type, name, activity);
    }

    /** An optional code as given, or null (noted) when it is not one of its codelist's. */
    private String checked(String code, String codelist, String what) {
        if (code == null || code.matches(codelist)) {
            return code;
        }
        notes.add(what + " " + code + " left out: not a code of its IATI codelist");
        return null;
    }

    private static String code(XMLStreamReader xml) throws XMLStreamException {
        String code = present(xml, "code");
        skip(xml);
        return code;
    }

    /** A code and its vocabulary, IATI's default vocabulary 1 when none is given. */
    private static VocabularyCode vocabularyCode(XMLStreamReader xml) throws XMLStreamException {
        String vocabulary = attribute(xml, "vocabulary", "1").strip();
        String code = attribute(xml, "code", "").strip();
        skip(xml);
        return new VocabularyCode(vocabulary, code);
    }

    private static void addCoded(List<VocabularyCode> codes, VocabularyCode code) {
        if (!code.code().isEmpty()) {
            codes.add(code);
        }
    }

    private static LocalDate dateOf(XMLStreamReader xml, String what, List<String> problems) throws XMLStreamException {
        LocalDate date = date(xml, "iso-date", what, problems);
        skip(xml);
        return date;
    }

    private void leftOut(String element, List<String> problems) {
        notes.add(element + " left out: " + String.join("; ", problems));
    }

    private static final class Period {
        LocalDate start;
        LocalDate end;
    }

    private static final class TransactionParts {
        String type;
        LocalDate date;
        MoneyValue value;
        final Map<String, String> descriptions = new LinkedHashMap<>();
        FlowOrganisation provider;
        FlowOrganisation receiver;
        String channel;
        final List<VocabularyCode> sectors = new ArrayList<>();
        String country;
        VocabularyCode region;
        String flowType;
        String financeType;
        final List<VocabularyCode> aidTypes = new ArrayList<>();
        String tiedStatus;
    }
}
