namespace Watcher.Core.Facts;

/// <summary>
/// The English name of a goods word in French, Spanish or Portuguese ("lait" / "leche" / "leite" → "milk", "acier" / "acero" /
/// "aço" → "steel"), for comparing a foreign copy's goods with the English copy's: the extractor keeps a foreign statement's goods
/// in its own words ("lait concentré sucré"), and a story's fact keys compare products by a shared word, so a copy in French
/// shares no product with the wire copy ("evaporated milk") and reads as another measure. Each foreign word is looked up alone
/// and its modifiers ("concentré", "sucré") stay as they are: one shared head is what the comparison asks. Only words no English
/// product phrase uses ("pan", "raisin", "panel", "moto" are left out); the articles and prepositions between a Romance noun and its
/// complement ("de", "des", "del", "dos") are dropped, so that two foreign products never agree through "del".
/// </summary>
public static class ForeignGoods
{
    /// <summary>The product phrase (lower case, as <see cref="TariffExtractor.Canonical"/> gives it) with each foreign goods word in
    /// English and its function words dropped; a phrase with none of them is returned as it is.</summary>
    public static string InEnglish(string product)
    {
        if (product.Length == 0) return product;
        var words = product.Split(' ');
        var named = false;
        var kept = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (Names.TryGetValue(w, out var english)) { kept.Add(english); named = true; }
            else if (!FunctionWords.Contains(w)) kept.Add(w);
        }
        // a phrase with no foreign goods word keeps its function words: "rules of origin" is English
        return named ? string.Join(' ', kept) : product;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "del", "do", "da", "dos", "das", "la", "le", "les", "el", "los", "las", "o", "os", "a", "as", "et", "y", "e", "en", "em", "para", "pour", "à",
    };

    // singular and plural where GoodsKey's English singular ("-s") would not make the one from the other
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // dairy, food and farm goods
        ["lait"] = "milk", ["leche"] = "milk", ["leite"] = "milk", ["fromage"] = "cheese", ["queso"] = "cheese", ["queijo"] = "cheese",
        ["beurre"] = "butter", ["mantequilla"] = "butter", ["manteiga"] = "butter", ["yaourt"] = "yogurt", ["yogur"] = "yogurt", ["iogurte"] = "yogurt",
        ["œuf"] = "egg", ["oeuf"] = "egg", ["huevo"] = "egg", ["ovo"] = "egg", ["poulet"] = "chicken", ["pollo"] = "chicken", ["frango"] = "chicken",
        ["volaille"] = "poultry", ["viande"] = "meat", ["carne"] = "meat", ["bœuf"] = "beef", ["boeuf"] = "beef", ["porc"] = "pork", ["cerdo"] = "pork", ["suíno"] = "pork",
        ["riz"] = "rice", ["arroz"] = "rice", ["blé"] = "wheat", ["trigo"] = "wheat", ["maïs"] = "corn", ["maíz"] = "corn", ["milho"] = "corn",
        ["farine"] = "flour", ["harina"] = "flour", ["farinha"] = "flour", ["sucre"] = "sugar", ["azúcar"] = "sugar", ["açúcar"] = "sugar",
        ["huile"] = "oil", ["aceite"] = "oil", ["óleo"] = "oil", ["oleo"] = "oil", ["café"] = "coffee", ["cacau"] = "cocoa",
        ["banane"] = "banana", ["plátano"] = "banana", ["platano"] = "banana", ["manzana"] = "apple", ["maçã"] = "apple",
        ["patata"] = "potato", ["batata"] = "potato", ["oignon"] = "onion", ["cebolla"] = "onion", ["cebola"] = "onion",
        ["tomate"] = "tomato", ["ail"] = "garlic", ["ajo"] = "garlic", ["alho"] = "garlic", ["lenteja"] = "lentil", ["lentille"] = "lentil", ["lentilha"] = "lentil",
        ["arveja"] = "pea", ["guisante"] = "pea", ["ervilha"] = "pea", ["frijol"] = "bean", ["haricot"] = "bean", ["feijão"] = "bean", ["soja"] = "soybean",
        ["uva"] = "grape", ["vino"] = "wine", ["vinho"] = "wine", ["cerveza"] = "beer", ["bière"] = "beer", ["cerveja"] = "beer",
        ["poisson"] = "fish", ["pescado"] = "fish", ["peixe"] = "fish", ["camarón"] = "shrimp", ["crevette"] = "shrimp", ["camarão"] = "shrimp",
        ["tabac"] = "tobacco", ["tabaco"] = "tobacco", ["cigarrillo"] = "cigarette", ["cigarro"] = "cigarette",
        ["engrais"] = "fertilizer", ["fertilizante"] = "fertilizer", ["abono"] = "fertilizer",
        // materials and industrial goods
        ["acier"] = "steel", ["acero"] = "steel", ["aço"] = "steel", ["fer"] = "iron", ["hierro"] = "iron", ["ferro"] = "iron",
        ["aluminio"] = "aluminum", ["alumínio"] = "aluminum", ["cuivre"] = "copper", ["cobre"] = "copper", ["ciment"] = "cement", ["cemento"] = "cement", ["cimento"] = "cement",
        ["verre"] = "glass", ["vidrio"] = "glass", ["vidro"] = "glass", ["bois"] = "wood", ["madera"] = "wood", ["madeira"] = "wood",
        ["papier"] = "paper", ["papel"] = "paper", ["plastique"] = "plastic", ["plástico"] = "plastic", ["caoutchouc"] = "rubber", ["caucho"] = "rubber", ["borracha"] = "rubber",
        ["tela"] = "fabric", ["tissu"] = "fabric", ["tecido"] = "fabric", ["vêtement"] = "clothing", ["ropa"] = "clothing", ["roupa"] = "clothing",
        ["chaussure"] = "footwear", ["calzado"] = "footwear", ["calçado"] = "footwear", ["zapato"] = "shoe", ["sapato"] = "shoe",
        ["lubrifiant"] = "lubricant", ["lubricante"] = "lubricant", ["lubrificante"] = "lubricant", ["pneu"] = "tire", ["neumático"] = "tire", ["pneumático"] = "tire",
        ["voiture"] = "car", ["automóvil"] = "car", ["coche"] = "car", ["carro"] = "car", ["automóvel"] = "car", ["véhicule"] = "vehicle", ["vehículo"] = "vehicle", ["veículo"] = "vehicle",
        ["motocicleta"] = "motorcycle", ["bicyclette"] = "bicycle", ["vélo"] = "bicycle", ["bicicleta"] = "bicycle",
        ["camion"] = "truck", ["camión"] = "truck", ["caminhão"] = "truck", ["máquina"] = "machine", ["ordinateur"] = "computer", ["computadora"] = "computer", ["computador"] = "computer",
        ["téléphone"] = "phone", ["teléfono"] = "phone", ["celular"] = "phone", ["médicament"] = "medicine", ["medicamento"] = "medicine",
        ["panneau"] = "panel", ["painel"] = "panel", ["solaire"] = "solar", ["batterie"] = "battery", ["batería"] = "battery", ["bateria"] = "battery",
        ["candado"] = "padlock", ["cadenas"] = "padlock", ["cadeado"] = "padlock", ["bisagra"] = "hinge", ["charnière"] = "hinge", ["dobradiça"] = "hinge",
        ["électrique"] = "electric", ["eléctrico"] = "electric", ["elétrico"] = "electric", ["moedor"] = "grinder", ["moulin"] = "grinder", ["molinillo"] = "grinder",
    };
}
