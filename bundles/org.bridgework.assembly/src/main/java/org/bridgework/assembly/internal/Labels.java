package org.bridgework.assembly.internal;

import org.bridgework.model.Beneficiary;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.Sector;
import org.bridgework.model.ServiceModel;

/** Reader-facing labels of the model's enumerations (British English, plain words). */
final class Labels {

    private Labels() {
    }

    static String serviceModel(ServiceModel m) {
        if (m == null) {
            return null;
        }
        return switch (m) {
            case CMHT_LIKE -> "Modelled on a community mental health team (CMHT)";
            case LIAISON -> "Liaison service";
            case EMBEDDED_CLINICIAN -> "NHS clinician based in the university or college";
            case INTEGRATED_REGIONAL_SERVICE -> "Integrated regional service";
            case SINGLE_POINT_OF_ACCESS -> "Single point of access";
            case STEPPED_CARE -> "Stepped care";
            case OTHER -> "Other";
        };
    }

    static String context(PartnershipContext c) {
        return switch (c) {
            case LARGE_MULTI_HEP_CITY -> "City with several higher education providers";
            case SMALL_OR_SPECIALIST_HEP -> "Small or specialist provider";
            case HE_IN_FE_COLLEGE -> "Higher education in a further education college";
            case RURAL -> "Rural";
            case COASTAL -> "Coastal";
            case OTHER -> "Other";
        };
    }

    static String collectionStatus(CollectionStatus s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case IDENTIFIED -> "Identified from public information, not yet confirmed by the partnership";
            case ENGAGED -> "Partnership contacted, information not yet returned";
            case TEMPLATE_SENT -> "Data collection template sent, not yet returned";
            case RETURNED -> "Returned by the partnership, not yet verified";
            case VERIFIED -> "Verified";
            case APPROVED -> "Verified and approved by the partnership";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    static String beneficiary(Beneficiary b) {
        if (b == null) {
            return "Not stated";
        }
        return switch (b) {
            case STUDENTS -> "Students";
            case HEPS -> "Higher education providers";
            case HEALTH_SYSTEM -> "Health system";
        };
    }

    static String evidence(EvidenceType type, EvidenceStrength strength) {
        String t = type == null ? null : switch (type) {
            case UNKNOWN -> null;
            case ROUTINE_DATA -> "Routine data";
            case EVALUATION -> "Evaluation";
            case PEER_REVIEWED -> "Peer-reviewed study";
            case SURVEY -> "Survey";
            case QUALITATIVE -> "Qualitative";
            case ANECDOTAL -> "Anecdotal";
            case OTHER -> "Other";
        };
        String s = strength == null ? null : switch (strength) {
            case UNKNOWN -> null;
            case WEAK -> "weak";
            case MODERATE -> "moderate";
            case STRONG -> "strong";
        };
        if (t == null && s == null) {
            return "Not stated";
        }
        if (t == null) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s == null ? t : t + " (" + s + ")";
    }

    static String sector(Sector s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case HE -> "Higher education";
            case NHS -> "NHS";
            case BOTH -> "Both";
            case GENERAL -> null;
        };
    }

    /** The media type of image bytes from their first bytes, or null when not a supported picture. */
    static String mediaType(byte[] d) {
        return org.bridgework.core.api.ImageFiles.mediaType(d);
    }
}
