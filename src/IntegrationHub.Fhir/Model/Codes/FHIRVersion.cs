using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set FHIRVersion (http://hl7.org/fhir/ValueSet/FHIR-version); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(FHIRVersionConverter))]
public enum FHIRVersion
{
    /// <summary><c>0.01</c>: 0.01.</summary>
    V001,

    /// <summary><c>0.05</c>: 0.05.</summary>
    V005,

    /// <summary><c>0.06</c>: 0.06.</summary>
    V006,

    /// <summary><c>0.11</c>: 0.11.</summary>
    V011,

    /// <summary><c>0.0.80</c>: 0.0.80.</summary>
    V0080,

    /// <summary><c>0.0.81</c>: 0.0.81.</summary>
    V0081,

    /// <summary><c>0.0.82</c>: 0.0.82.</summary>
    V0082,

    /// <summary><c>0.4.0</c>: 0.4.0.</summary>
    V040,

    /// <summary><c>0.5.0</c>: 0.5.0.</summary>
    V050,

    /// <summary><c>1.0.0</c>: 1.0.0.</summary>
    V100,

    /// <summary><c>1.0.1</c>: 1.0.1.</summary>
    V101,

    /// <summary><c>1.0.2</c>: 1.0.2.</summary>
    V102,

    /// <summary><c>1.1.0</c>: 1.1.0.</summary>
    V110,

    /// <summary><c>1.4.0</c>: 1.4.0.</summary>
    V140,

    /// <summary><c>1.6.0</c>: 1.6.0.</summary>
    V160,

    /// <summary><c>1.8.0</c>: 1.8.0.</summary>
    V180,

    /// <summary><c>3.0.0</c>: 3.0.0.</summary>
    V300,

    /// <summary><c>3.0.1</c>: 3.0.1.</summary>
    V301,

    /// <summary><c>3.3.0</c>: 3.3.0.</summary>
    V330,

    /// <summary><c>3.5.0</c>: 3.5.0.</summary>
    V350,

    /// <summary><c>4.0.0</c>: 4.0.0.</summary>
    V400,

    /// <summary><c>4.0.1</c>: 4.0.1.</summary>
    V401,
}
