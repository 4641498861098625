package org.taplatform.needs.analysis;

import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.taplatform.needs.chart.CategoryChart;
import org.taplatform.needs.chart.ChartRenderer;
import org.taplatform.reference.UnLanguage;

/**
 * An analysis as JSON, SVG or PNG: the chart operations' suffix decides; on the table operations an Accept header
 * asking for SVG or PNG still gets the chart (as before the charts had operations of their own), else JSON.
 */
final class ChartResponses {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private ChartResponses() {
    }

    static Response answer(Object table, Supplier<CategoryChart> chart, String suffix, String accept,
            UnLanguage language) {
        String type = typeOf(suffix, accept);
        Response.ResponseBuilder response = switch (type) {
            case SVG -> Response.ok(ChartRenderer.svg(chart.get()), SVG + ";charset=UTF-8");
            case PNG -> Response.ok(ChartRenderer.png(chart.get()), PNG);
            default -> Response.ok(table, MediaType.APPLICATION_JSON);
        };
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept, Accept-Language, Authorization").build();
    }

    private static String typeOf(String suffix, String accept) {
        if ("svg".equals(suffix)) {
            return SVG;
        }
        if ("png".equals(suffix)) {
            return PNG;
        }
        if (accept != null) {
            for (String part : accept.split(",")) {
                String mediaType = part.split(";")[0].trim();
                if (mediaType.equals(MediaType.APPLICATION_JSON) || mediaType.equals("*/*")) {
                    return MediaType.APPLICATION_JSON;
                }
                if (mediaType.equals(SVG) || mediaType.equals(PNG)) {
                    return mediaType;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
