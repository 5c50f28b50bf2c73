namespace IntegrationHub.Fhir;

/// <summary>Identifier and code systems the hub writes, spelled once (UK Core and NHS England).</summary>
public static class FhirSystems
{
    /// <summary>NHS number (10 digits, Modulus 11 check digit).</summary>
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>ODS organisation code.</summary>
    public const string OdsOrganizationCode = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>General Medical Practitioner (GP) number.</summary>
    public const string GmpNumber = "https://fhir.nhs.uk/Id/gmp-number";

    /// <summary>General Medical Council number.</summary>
    public const string GmcNumber = "https://fhir.nhs.uk/Id/gmc-number";

    /// <summary>NHS Dictionary of medicines and devices (dm+d).</summary>
    public const string Dmd = "https://dmd.nhs.uk";

    /// <summary>SNOMED CT.</summary>
    public const string SnomedCt = "http://snomed.info/sct";

    /// <summary>UK Core extension carrying the NHS number verification status on <c>Identifier</c>.</summary>
    public const string NhsNumberVerificationStatusExtension = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

    /// <summary>Code system of the NHS number verification status (England), e.g. <c>01</c> "Number present and verified".</summary>
    public const string NhsNumberVerificationStatusCodeSystem = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";
}
