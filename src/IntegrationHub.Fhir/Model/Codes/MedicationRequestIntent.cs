using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medication request intent (http://hl7.org/fhir/ValueSet/medicationrequest-intent); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationRequestIntentConverter))]
public enum MedicationRequestIntent
{
    /// <summary><c>proposal</c>: Proposal.</summary>
    Proposal,

    /// <summary><c>plan</c>: Plan.</summary>
    Plan,

    /// <summary><c>order</c>: Order.</summary>
    Order,

    /// <summary><c>original-order</c>: Original Order.</summary>
    OriginalOrder,

    /// <summary><c>reflex-order</c>: Reflex Order.</summary>
    ReflexOrder,

    /// <summary><c>filler-order</c>: Filler Order.</summary>
    FillerOrder,

    /// <summary><c>instance-order</c>: Instance Order.</summary>
    InstanceOrder,

    /// <summary><c>option</c>: Option.</summary>
    Option,
}
