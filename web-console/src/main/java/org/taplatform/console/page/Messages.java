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

    @Message("Gaps: needs no one answers yet")
    String gapsTitle();

    @Message("The needs you may see that are unmet or partly covered, with why, and who could answer them.")
    String gapsIntro();

    @Message("Needs by coverage")
    String coverageLevels();

    @Message("Coverage")
    String coverage();

    @Message("Needs")
    String needsCount();

    @Message("{#when level}{#is 'UNMET'}Unmet{#is 'PARTLY_COVERED'}Partly covered{#is 'COVERED'}Covered{#else}{level}{/when}")
    String level(String level);

    @Message("The gaps")
    String gapsList();

    @Message("No gap under these filters.")
    String noGaps();

    @Message("No registered organisation offers this")
    String noCapableOrganisation();

    @Message("Who could help")
    String whoCouldHelp();

    @Message("{count} to read")
    String toRead(int count);

    @Message("Pages")
    String pages();

    @Message("First page")
    String firstPage();

    @Message("Who could answer this need")
    String matchesTitle();

    @Message("No registered organisation could answer it yet.")
    String noMatches();

    @Message("score {score}")
    String score(String score);

    @Message("verified")
    String verified();

    @Message("Why")
    String why();

    @Message("What counts")
    String component();

    @Message("Points")
    String points();

    @Message("Explanation")
    String explanation();

    @Message("Back to the gaps")
    String backToGaps();

    @Message("Not found")
    String notFoundTitle();

    @Message("Not available just now")
    String unavailableTitle();

    @Message("A service this page needs does not answer. Nothing was lost; try again in a few seconds.")
    String unavailableText();

    @Message("The request was refused")
    String refusedTitle();

    @Message("Gaps")
    String gapsNav();

    @Message("Our activities")
    String activitiesTitle();

    @Message("The activities {organisation} reports, by IATI identifier.")
    String activitiesIntro(String organisation);

    @Message("Register an activity")
    String registerActivity();

    @Message("Registered: {identifier}.")
    String registered(String identifier);

    @Message("No activity registered yet.")
    String noActivities();

    @Message("IATI identifier")
    String iatiIdentifier();

    @Message("Your reference")
    String localId();

    @Message("The activity's IATI identifier will be {organisation}-(your reference).")
    String localIdHint(String organisation);

    @Message("Title")
    String activityTitle();

    @Message("Planned start")
    String plannedStart();

    @Message("Planned end")
    String plannedEnd();

    @Message("Recipient country")
    String recipientCountry();

    @Message("Budget")
    String budget();

    @Message("Currency")
    String currency();

    @Message("{#when code}{#is '1'}Pipeline/identification{#is '2'}Implementation{#is '3'}Finalisation{#is '4'}Closed{#is '5'}Cancelled{#is '6'}Suspended{#else}{code}{/when}")
    String statusName(String code);

    @Message("Check for overlaps and register")
    String checkAndRegister();

    @Message("Register anyway")
    String registerAnyway();

    @Message("These look like the same work")
    String overlapWarning();

    @Message("Nothing is saved yet. Registered activities in the same country at the same time are alike: read the evidence, then change your activity, or register it anyway if it is other work.")
    String overlapWarningText();

    @Message("{#when severity}{#is 'HIGH'}likely the same activity{#is 'MEDIUM'}overlapping work{#is 'LOW'}related work{#else}{severity}{/when}")
    String severity(String severity);

    @Message("{share} alike")
    String similarity(String share);

    @Message("The same money reported by another organisation (linked, not an overlap)")
    String linkedTitle();

    @Message("Required.")
    String answerRequired();

    @Message("An amount such as 120000 or 120000.50.")
    String amountFormat();

    @Message("Activities")
    String activitiesNav();

    @Message("Dates")
    String dates();

    @Message("Overlap alerts")
    String alertsNav();

    @Message("Activities that look like the same or overlapping work, with the evidence. Settle each: acknowledge, dismiss or merge.")
    String alertsIntro();

    @Message("{#when status}{#is 'OPEN'}Open{#is 'ACKNOWLEDGED'}Acknowledged{#is 'MERGED'}Merged{#is 'DISMISSED'}Dismissed{#is 'CLOSED'}Closed{#else}{status}{/when}")
    String alertStatus(String status);

    @Message("No alert under these filters.")
    String noAlerts();

    @Message("Activities")
    String activities();

    @Message("Detected")
    String detected();

    @Message("Details")
    String details();

    @Message("Overlap alert")
    String alertTitle();

    @Message("Evidence")
    String evidence();

    @Message("History")
    String history();

    @Message("Acknowledge: both go on")
    String acknowledge();

    @Message("Dismiss: not an overlap")
    String dismiss();

    @Message("Merge: the same activity reported twice")
    String merge();

    @Message("Which one is the copy (it will no longer count)?")
    String whichIsTheCopy();

    @Message("{#when action}{#is 'acknowledge'}Acknowledged.{#is 'dismiss'}Dismissed.{#is 'merge'}Merged: the copy no longer counts, and its organisation is told.{#else}{action}{/when}")
    String settled(String action);

    @Message("Draft saved automatically at {time}.")
    String autosaved(String time);

    @Message("Not saved automatically: an answer does not fit its question. Use Save to see which.")
    String notAutosaved();

    @Message("Not saved automatically: someone changed this response meanwhile. Reload the page to see their version before you go on.")
    String autosaveConflict();

    @Message("Coordination in {country}")
    String countryView(String country);

    @Message("As of")
    String asOf();

    @Message("Open requests for assistance")
    String openRequests();

    @Message("No open request.")
    String noRequests();

    @Message("Countries")
    String countriesNav();

    @Message("Import an IATI activity file")
    String importTitle();

    @Message("Your organisation's activities as published to IATI (version 2.03): each is registered or updated by its IATI identifier; importing the same file twice changes nothing.")
    String importIntro();

    @Message("IATI activity file (XML)")
    String iatiFile();

    @Message("Which activities")
    String importScope();

    @Message("All of them (those outside the TA taxonomy wait to be classified)")
    String scopeAll();

    @Message("Only those about crime prevention and criminal justice")
    String scopeRelevant();

    @Message("Import")
    String startImport();

    @Message("Choose a file to import.")
    String chooseFile();

    @Message("{#when status}{#is 'QUEUED'}Waiting to start{#is 'RUNNING'}Importing{#is 'DONE'}Imported{#is 'FAILED'}Failed: nothing was imported{#else}{status}{/when}")
    String importStatus(String status);

    @Message("{done} of {total} activities")
    String importDone(String done, String total);

    @Message("Outcome")
    String outcome();

    @Message("{#when outcome}{#is 'created'}Registered{#is 'updated'}Updated{#is 'unchanged'}Unchanged{#is 'skipped'}Skipped (not about crime prevention and criminal justice){#is 'rejected'}Rejected{#is 'unclassified'}Waiting for their TA subtypes{#else}{outcome}{/when}")
    String importCount(String outcome);

    @Message("About the file")
    String notes();

    @Message("Activity by activity")
    String report();

    @Message("Import another file")
    String importAnother();

    @Message("IATI import")
    String importNav();
}
