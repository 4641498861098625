package org.taplatform.console.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the console's own (the services name their codes themselves, in the language asked for): English
 * here, the other five UN languages in messages/msg_&lt;tag&gt;.properties.
 */
@MessageBundle
public interface Messages {

    @Message("Technical assistance coordination")
    String appName();

    @Message("Skip to content")
    String skipToContent();

    @Message("Language")
    String language();

    @Message("Show in this language")
    String chooseLanguage();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOut();

    @Message("Public figures")
    String publicFigures();

    @Message("States' technical assistance needs and how many States report: the figures anyone may read. Sign in to answer a questionnaire, register activities or coordinate.")
    String publicIntro();

    @Message("Response rates by reporting cycle")
    String responseRates();

    @Message("Reporting cycle")
    String cycle();

    @Message("Instrument")
    String instrument();

    @Message("States expected to report")
    String expected();

    @Message("States that responded")
    String responded();

    @Message("Rate")
    String rate();

    @Message("closed")
    String closed();

    @Message("open")
    String open();

    @Message("Technical assistance needs by type")
    String needsByType();

    @Message("Type of assistance")
    String taType();

    @Message("Needs")
    String needs();

    @Message("Share")
    String share();

    @Message("Chart of the technical assistance needs by type; the table gives the same figures")
    String chartAlt();

    @Message("Cells from fewer than 3 States are withheld: {count} needs")
    String withheld(long count);

    @Message("No figures yet.")
    String noFigures();

    @Message("The figures cannot be read at the moment; try again in a minute.")
    String unavailable();

    @Message("My work")
    String myWork();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Your roles")
    String roles();

    @Message("Your country")
    String country();

    @Message("Your organisation")
    String organisation();

    @Message("Not for this account")
    String forbiddenTitle();

    @Message("Your account does not have the role this page needs. Ask the Secretariat if it should.")
    String forbiddenText();

    @Message("Back to the public figures")
    String backHome();

    @Message("Questionnaires of {country}")
    String responsesTitle(String country);

    @Message("The open reporting cycles' questionnaires of your State: start one, continue a draft, read what was submitted.")
    String responsesIntro();

    @Message("No reporting cycle is open.")
    String noOpenCycle();

    @Message("Status")
    String status();

    @Message("Start")
    String start();

    @Message("Continue")
    String continueAnswering();

    @Message("Read")
    String read();

    @Message("not started")
    String notStarted();

    @Message("draft")
    String draft();

    @Message("submitted")
    String submitted();

    @Message("given back for changes")
    String reopened();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Partly")
    String partly();

    @Message("required")
    String required();

    @Message("Save the draft")
    String save();

    @Message("Save and submit")
    String submit();

    @Message("Saved.")
    String saved();

    @Message("Submitted: the needs stated go on to the needs register.")
    String submittedNotice();

    @Message("Not saved: some answers do not fit their questions (see the messages beside them).")
    String notSaved();

    @Message("Not submitted: some required answers are missing (see the messages beside them). The draft is saved.")
    String notSubmitted();

    @Message("Someone changed this response meanwhile: the page now shows their version; enter your changes again.")
    String changedMeanwhile();

    @Message("Technical assistance needed")
    String taSubtype();

    @Message("Priority")
    String priority();

    @Message("Who may see it")
    String consent();

    @Message("Description")
    String description();

    @Message("Remove this need")
    String removeNeed();

    @Message("Add a need")
    String addNeed();

    @Message("none")
    String none();

    @Message("High")
    String priorityHigh();

    @Message("Medium")
    String priorityMedium();

    @Message("Low")
    String priorityLow();

    @Message("UNODC only")
    String consentUnodc();

    @Message("Providers and donors")
    String consentProviders();

    @Message("Everyone")
    String consentPublic();

    @Message("Revision {revision}")
    String revision(int revision);

    @Message("Needs")
    String needsTitle();

    @Message("The needs States stated, as far as their sharing consent lets you see them: filter by country, instrument and type.")
    String needsIntro();

    @Message("Country")
    String countryFilter();

    @Message("all")
    String all();

    @Message("Apply")
    String apply();

    @Message("The needs")
    String needsList();

    @Message("No need matches.")
    String noNeeds();

    @Message("Next page")
    String nextPage();

    @Message("article {article}")
    String article(String article);

    @Message("Questionnaires")
    String questionnaires();

    @Message("Amend")
    String amend();

    @Message("Why it is amended")
    String reason();

    @Message("Submit the amendment")
    String submitAmendment();

    @Message("Amended: a new revision; its needs replace those of the earlier one.")
    String amendedNotice();

    @Message("Not amended:")
    String notAmended();

    @Message("Revisions")
    String revisions();

    @Message("By")
    String author();

    @Message("When")
    String when();

    @Message("Reporting cycles")
    String cyclesTitle();

    @Message("Period")
    String period();

    @Message("States that did not respond")
    String nonRespondents();
}
