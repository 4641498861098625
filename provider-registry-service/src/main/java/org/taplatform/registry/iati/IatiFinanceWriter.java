package org.taplatform.registry.iati;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.taplatform.events.registry.ActivityFinance.FlowOrganisation;
import org.taplatform.events.registry.ActivityFinance.PeriodBudget;
import org.taplatform.events.registry.ActivityFinance.PlannedDisbursement;
import org.taplatform.events.registry.ActivityFinance.Transaction;
import org.taplatform.events.registry.ActivityFinance.MoneyValue;
import org.taplatform.events.registry.ActivityFinance.VocabularyCode;
import org.taplatform.events.registry.ActivitySnapshot;

/** Writes an activity's budgets, planned disbursements and transactions, in the order IATI 2.03's schema sets. */
final class IatiFinanceWriter {

    private final IatiActivityWriter activity;
    private final XMLStreamWriter xml;

    IatiFinanceWriter(IatiActivityWriter activity) {
        this.activity = activity;
        this.xml = activity.xml();
    }

    void write(ActivitySnapshot snapshot) throws XMLStreamException {
        for (PeriodBudget budget : snapshot.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", budget.type());
            xml.writeAttribute("status", budget.status());
            activity.empty("period-start", "iso-date", budget.periodStart().toString());
            activity.empty("period-end", "iso-date", budget.periodEnd().toString());
            value(budget.value());
            xml.writeEndElement();
        }
        for (PlannedDisbursement planned : snapshot.plannedDisbursements()) {
            xml.writeStartElement("planned-disbursement");
            if (planned.type() != null) {
                xml.writeAttribute("type", planned.type());
            }
            activity.empty("period-start", "iso-date", planned.periodStart().toString());
            if (planned.periodEnd() != null) {
                activity.empty("period-end", "iso-date", planned.periodEnd().toString());
            }
            value(planned.value());
            organisation("provider-org", "provider-activity-id", planned.provider());
            organisation("receiver-org", "receiver-activity-id", planned.receiver());
            xml.writeEndElement();
        }
        for (Transaction transaction : snapshot.transactions()) {
            transaction(transaction);
        }
    }

    private void transaction(Transaction transaction) throws XMLStreamException {
        xml.writeStartElement("transaction");
        if (transaction.ref() != null) {
            xml.writeAttribute("ref", transaction.ref());
        }
        if (transaction.humanitarian() != null) {
            xml.writeAttribute("humanitarian", transaction.humanitarian() ? "1" : "0");
        }
        activity.empty("transaction-type", "code", transaction.type());
        activity.empty("transaction-date", "iso-date", transaction.date().toString());
        value(transaction.value());
        if (!transaction.descriptions().isEmpty()) {
            activity.narratives("description", transaction.descriptions(), null);
        }
        organisation("provider-org", "provider-activity-id", transaction.provider());
        organisation("receiver-org", "receiver-activity-id", transaction.receiver());
        code("disbursement-channel", transaction.disbursementChannel());
        for (VocabularyCode sector : transaction.sectors()) {
            vocabularyCode("sector", sector);
        }
        code("recipient-country", transaction.recipientCountry());
        if (transaction.recipientRegion() != null) {
            vocabularyCode("recipient-region", transaction.recipientRegion());
        }
        code("flow-type", transaction.flowType());
        code("finance-type", transaction.financeType());
        for (VocabularyCode aidType : transaction.aidTypes()) {
            vocabularyCode("aid-type", aidType);
        }
        code("tied-status", transaction.tiedStatus());
        xml.writeEndElement();
    }

    private void value(MoneyValue value) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", value.currency());
        xml.writeAttribute("value-date", value.valueDate().toString());
        xml.writeCharacters(value.amount().stripTrailingZeros().toPlainString());
        xml.writeEndElement();
    }

    private void organisation(String element, String activityAttribute, FlowOrganisation organisation)
            throws XMLStreamException {
        if (organisation == null) {
            return;
        }
        xml.writeStartElement(element);
        if (organisation.activityId() != null) {
            xml.writeAttribute(activityAttribute, organisation.activityId());
        }
        if (organisation.type() != null) {
            xml.writeAttribute("type", organisation.type());
        }
        if (organisation.ref() != null) {
            xml.writeAttribute("ref", organisation.ref());
        }
        if (organisation.name() != null) {
            activity.narrative(organisation.name(), null);
        }
        xml.writeEndElement();
    }

    private void code(String element, String code) throws XMLStreamException {
        if (code != null) {
            activity.empty(element, "code", code);
        }
    }

    private void vocabularyCode(String element, VocabularyCode code) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("vocabulary", code.vocabulary());
        xml.writeAttribute("code", code.code());
    }
}
