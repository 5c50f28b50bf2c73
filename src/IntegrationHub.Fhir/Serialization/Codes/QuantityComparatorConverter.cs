namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="QuantityComparator"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class QuantityComparatorConverter() : FhirCodeConverter<QuantityComparator>(
[
    "<",
    "<=",
    ">=",
    ">",
]);
