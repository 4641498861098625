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

    @Message("Your session had ended, so you signed in again: what you had typed is back in the form and is being saved.")
    String keptAcrossSignIn();

    @Message("Not saved automatically: the console cannot be reached. Your answers stay in the form; it saves them with the next change.")
    String autosaveUnreachable();

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

    @Message("Needs by type, instrument and region")
    String analysisTitle();

    @Message("The public tables: every need counted, no country named, cells from fewer than 3 States withheld.")
    String analysisIntroPublic();

    @Message("The needs you may see, counted: filter by country, instrument or M49 region.")
    String analysisIntroSignedIn();

    @Message("By")
    String breakdown();

    @Message("{#when by}{#is 'ta-type'}Type of assistance{#is 'instrument'}Instrument{#is 'country'}Country{#is 'region'}Region{#is 'regional-group'}UN regional group{#is 'priority'}Priority{#else}{by}{/when}")
    String dimension(String by);

    @Message("M49 region")
    String regionCode();

    @Message("a code such as 002 (Africa) or 014 (Eastern Africa)")
    String regionHint();

    @Message("Needs by {by}")
    String chartOf(String by);

    @Message("Total")
    String total();

    @Message("Figures")
    String analysisNav();

    @Message("Pledges and commitments")
    String pledgesTitle();

    @Message("What {organisation} has pledged, committed and disbursed, and recording more.")
    String pledgesIntro(String organisation);

    @Message("No pledge recorded yet.")
    String noPledges();

    @Message("For")
    String pledgeFor();

    @Message("a need")
    String aNeed();

    @Message("the country as a whole")
    String wholeCountry();

    @Message("Amount")
    String amount();

    @Message("{#when status}{#is 'PLEDGED'}Pledged{#is 'COMMITTED'}Committed{#is 'DISBURSED'}Disbursed{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String pledgeStatus(String status);

    @Message("Record a pledge")
    String recordPledge();

    @Message("To")
    String pledgeToNeed();

    @Message("Note")
    String note();

    @Message("Pledge recorded; coordination counts it towards the need's coverage.")
    String pledgeRecorded();

    @Message("A country and an amount such as 120000 or 120000.50 are required.")
    String pledgeIncomplete();

    @Message("Pledges")
    String pledgesNav();

    @Message("Webhook subscriptions")
    String subscriptionsTitle();

    @Message("Your organisation's systems told of what changes: needs, gaps, overlap alerts and requests, signed with your secret (Standard Webhooks).")
    String subscriptionsIntro();

    @Message("Subscribed")
    String subscribed();

    @Message("Copy this signing secret now: it is shown this once, and your system needs it to check each delivery's signature.")
    String secretOnce();

    @Message("No subscription yet.")
    String noSubscriptions();

    @Message("Callback URL")
    String callbackUrl();

    @Message("An https address of your system on the internet (private and local addresses are refused).")
    String callbackHint();

    @Message("What to be told of")
    String kinds();

    @Message("{#when kind}{#is 'NEED'}Needs{#is 'GAP'}Gaps (coverage){#is 'OVERLAP'}Overlap alerts{#is 'REQUEST'}Requests and offers{#else}{kind}{/when}")
    String kind(String kind);

    @Message("Only these countries (none chosen: all)")
    String countriesOptional();

    @Message("Active")
    String active();

    @Message("Ended")
    String ended();

    @Message("Actions")
    String actions();

    @Message("End")
    String endSubscription();

    @Message("Subscribe")
    String subscribe();

    @Message("Subscription ended: nothing more is sent to it.")
    String subscriptionEnded();

    @Message("Deliveries")
    String deliveriesTitle();

    @Message("Nothing sent yet.")
    String noDeliveries();

    @Message("What was sent to this address, newest first: each delivery signed (Standard Webhooks) and tried again, with longer pauses, until your system answers with a 2xx status; one that never got through is a dead letter, which you can send again.")
    String deliveriesIntro();

    @Message("Notice")
    String webhookNotice();

    @Message("{#when status}{#is 'PENDING'}Being tried{#is 'DELIVERED'}Delivered{#is 'DEAD'}Not delivered (dead letter){#else}{status}{/when}")
    String deliveryStatus(String status);

    @Message("next attempt")
    String nextAttempt();

    @Message("Attempts ({count})")
    String attemptLog(int count);

    @Message("Send again")
    String redeliver();

    @Message("Sent again: a fresh set of attempts under the same webhook-id, so that your system can tell it has had it before.")
    String redelivered();

    @Message("Attempts")
    String attempts();

    @Message("Last answer")
    String lastAnswer();

    @Message("Webhooks")
    String subscriptionsNav();

    @Message("Competent national authorities")
    String authoritiesTitle();

    @Message("Central authorities for mutual legal assistance and extradition, and the Protocols' focal points: how to reach them, in which languages; entries not confirmed for a year are marked.")
    String authoritiesIntro();

    @Message("Only entries not confirmed for a year")
    String staleOnly();

    @Message("Download as a spreadsheet (xlsx)")
    String downloadXlsx();

    @Message("CSV")
    String downloadCsv();

    @Message("No entry under these filters.")
    String noAuthorities();

    @Message("Authority")
    String authority();

    @Message("Designated as")
    String designations();

    @Message("How to reach it")
    String contact();

    @Message("Languages")
    String languagesAccepted();

    @Message("Last confirmed")
    String confirmed();

    @Message("to confirm again")
    String staleMark();

    @Message("Authorities")
    String authoritiesNav();

    @Message("Tools: model laws, guides, digests and training")
    String toolsTitle();

    @Message("What UNODC and its partners publish to help implement the Convention and its Protocols, in the languages each exists in.")
    String toolsIntro();

    @Message("Kind")
    String toolKind();

    @Message("{#when kind}{#is 'MODEL_LAW'}Model law{#is 'LEGISLATIVE_GUIDE'}Legislative guide{#is 'DIGEST_OF_CASES'}Digest of cases{#is 'TRAINING_PACKAGE'}Training package{#is 'E_LEARNING_COURSE'}E-learning course{#is 'CHECKLIST'}Checklist{#else}{kind}{/when}")
    String toolKindName(String kind);

    @Message("No tool under these filters.")
    String noTools();

    @Message("articles")
    String articles();

    @Message("Tools")
    String toolsNav();

    @Message("Requests for assistance")
    String requestsTitle();

    @Message("A State asks for help with some of its needs; the Secretariat forwards the request to organisations that could help; they offer; the State accepts one.")
    String requestsIntro();

    @Message("Ask for assistance")
    String askForAssistance();

    @Message("{#when status}{#is 'SUBMITTED'}Submitted{#is 'FORWARDED'}Forwarded to organisations{#is 'ACCEPTED'}Offer accepted{#is 'FULFILLED'}Fulfilled: the activity is registered{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String requestStatus(String status);

    @Message("{#when status}{#is 'SUBMITTED'}Open{#is 'ACCEPTED'}Accepted{#is 'DECLINED'}Declined{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
    String offerStatus(String status);

    @Message("What is asked")
    String requestSummary();

    @Message("Offers")
    String offers();

    @Message("No offer yet.")
    String noOffers();

    @Message("Which of the needs of {country}")
    String whichNeeds(String country);

    @Message("Request for assistance")
    String requestTitle();

    @Message("Forwarded to")
    String forwardedTo();

    @Message("Accept this offer")
    String acceptOffer();

    @Message("Withdraw")
    String withdrawOffer();

    @Message("Forward to organisations")
    String forwardRequest();

    @Message("Who could answer the first need, best first")
    String suggested();

    @Message("Other organisations")
    String otherOrganisations();

    @Message("Their IATI organisation identifiers, separated by commas (XM-DAC-41128-ROEA, XI-IATI-IICJ)")
    String organisationsHint();

    @Message("Offer to answer it")
    String makeOffer();

    @Message("What you would do")
    String offerScope();

    @Message("Cancel the request")
    String cancelRequest();

    @Message("{#when action}{#is 'ask'}Request submitted; the Secretariat forwards it to organisations that could help.{#is 'forward'}Forwarded: each organisation is told.{#is 'cancel'}Request cancelled.{#is 'offer'}Offer made.{#is 'accept'}Offer accepted: the registry registers the activity.{#is 'withdraw'}Offer withdrawn.{#else}{action}{/when}")
    String requestDone(String action);

    @Message("Requests")
    String requestsNav();

    @Message("Rebuild coordination's read models")
    String rebuildTitle();

    @Message("Replays the needs, organisations and activities from the beginning of their topics into a copy, and compares it with what coordination shows now.")
    String rebuildIntro();

    @Message("What to do with the copy")
    String rebuildMode();

    @Message("Compare only (nothing changes)")
    String rebuildVerify();

    @Message("Compare and put the copy in place")
    String rebuildReplace();

    @Message("Start")
    String rebuildStart();

    @Message("{#when status}{#is 'RUNNING'}Rebuilding{#is 'SUCCEEDED'}Done{#is 'FAILED'}Failed: nothing was changed{#else}{status}{/when}")
    String rebuildStatus(String status);

    @Message("{applied} of {total} events")
    String rebuildDone(String applied, String total);

    @Message("Read model")
    String readModel();

    @Message("Rows that differ")
    String differingRows();

    @Message("Read models")
    String rebuildNav();

    @Message("Change an activity")
    String changeActivity();

    @Message("Required when {question} is answered {answers}.")
    String requiredWhen(String question, String answers);

    @Message("Must be a number.")
    String notANumber();

    @Message("Must be a whole number.")
    String notAWholeNumber();

    @Message("Must be at least {min}.")
    String belowMin(String min);

    @Message("Must be at most {max}.")
    String aboveMax(String max);

    @Message("{length} characters; at most {limit}.")
    String tooLong(String length, String limit);

    @Message("Choose the technical assistance this need is for.")
    String needSubtypeRequired();

    @Message("To read beside it: tools and lessons")
    String toReadBeside();
}
