using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// What FHIR requires of the medication resources (and RelatedPerson) and a v2 message may lack (no PID,
/// no give code, no administration time): reported as errors, so the message is rejected rather than half-mapped.
/// </summary>
internal static class MedicationRules
{
    public static void Apply(Resource resource, MappingContext context)
    {
        switch (resource)
        {
            case MedicationRequest request:
                Require(request.Subject is not null, "PID", 3, "A medication order needs a patient (PID).", context);
                Require(request.MedicationCodeableConcept is not null || request.MedicationReference is not null, "RXE", 2, "A medication order needs the medication (RXE-2 / RXO-1).", context);
                break;
            case MedicationDispense dispense:
                Require(dispense.MedicationCodeableConcept is not null || dispense.MedicationReference is not null, "RXD", 2, "A dispense needs the medication dispensed (RXD-2).", context);
                break;
            case MedicationAdministration administration:
                Require(administration.Subject is not null, "PID", 3, "An administration needs a patient (PID).", context);
                Require(administration.MedicationCodeableConcept is not null || administration.MedicationReference is not null, "RXA", 5, "An administration needs the substance (RXA-5).", context);
                Require(administration.EffectiveDateTime is not null || administration.EffectivePeriod is not null, "RXA", 3, "An administration needs its start time (RXA-3).", context);
                break;
            case RelatedPerson person:
                Require(person.Patient is not null, "PID", 3, "A next of kin (NK1) needs the patient (PID).", context);
                break;
            default:
                break;
        }
    }

    private static void Require(bool present, string segment, int field, string message, MappingContext context)
    {
        if (!present)
        {
            context.Location = Hl7Location.ForField(segment, field);
            context.Error(Hl7ErrorCode.RequiredFieldMissing, message);
        }
    }
}
