namespace IntegrationHub.Hl7;

/// <summary>XON (extended organization), e.g. PD1-3 GP practice: <c>Riverside Medical Practice^GPPRC^^^^^^^^B86001</c>.</summary>
public readonly ref struct Hl7Xon
{
    private readonly Hl7Element _value;

    public Hl7Xon(Hl7Element value) => _value = value;

    public Hl7Element Value => _value;

    /// <summary>XON.1.</summary>
    public Hl7Element OrganizationName => _value.Child(1);

    /// <summary>XON.2 (table 0204).</summary>
    public Hl7Element OrganizationNameTypeCode => _value.Child(2);

    /// <summary>XON.3 (NM before v2.5; where v2.4 senders put the code).</summary>
    public Hl7Element IdNumber => _value.Child(3);

    /// <summary>XON.6.</summary>
    public Hl7Hd AssigningAuthority => new(_value.Child(6));

    /// <summary>XON.7 (table 0203).</summary>
    public Hl7Element IdentifierTypeCode => _value.Child(7);

    /// <summary>XON.8.</summary>
    public Hl7Hd AssigningFacility => new(_value.Child(8));

    /// <summary>XON.10 (v2.5+), e.g. an ODS code.</summary>
    public Hl7Element OrganizationIdentifier => _value.Child(10);

    /// <summary>XON.10 when present, else XON.3: where senders of either era put the organisation's code.</summary>
    public Hl7Element Identifier => OrganizationIdentifier.HasValue ? OrganizationIdentifier : IdNumber;
}
