package org.taplatform.coordination.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to read beside a need: the tools that serve it in the State's languages, and lessons of similar activities. */
@Schema(name = "Knowledge", example = "{\"tools\": [{\"kind\": \"LEGISLATIVE_GUIDE\", \"publisher\": \"UNODC\", \"title\": \"Legislative guide for the implementation of the UNTOC\", \"language\": \"fr\", \"why\": \"serves LEGAL.DRAFTING; in fr, a language of SEN\"}], \"lessons\": []}")
public record Beside(List<ToolNote> tools, List<LessonNote> lessons) {

    public static final Beside NOTHING = new Beside(List.of(), List.of());

    /** A tool, in the first of the State's languages it exists in, and why it was chosen. */
    public record ToolNote(UUID id, String kind, String publisher, String title, String language, String link,
            @Schema(examples = "serves LEGAL.DRAFTING; in fr, a language of SEN") String why) {
    }

    /** The lessons of an evaluated activity, and why they were chosen. */
    public record LessonNote(UUID activityId, String iatiIdentifier, String organisation, int rating, String lessons,
            String language, String documentUrl, LocalDate evaluatedOn,
            @Schema(examples = "LEGAL.DRAFTING in UGA, of the same M49 area (014) as KEN; rated 5 of 6") String why) {
    }
}
