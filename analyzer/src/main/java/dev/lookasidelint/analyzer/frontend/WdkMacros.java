package dev.lookasidelint.analyzer.frontend;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;

/**
 * Names the constants of real WDK headers as the built-in prelude leaves them: by their macro name.
 * Without the WDK, {@code STATUS_SUCCESS}, {@code IRP_MJ_CREATE} or {@code NULL} are names the parser
 * does not expand, and the analysis reads them by name ({@code StatusNames}, switch cases, named
 * constants). The kit's headers define them as {@code ((NTSTATUS)0x00000000L)} or {@code 0x00}; read as
 * literals they would lose what the name says (a failure status, one major function among others). So an
 * expression that is exactly the expansion of an object-like macro defined in the kit's folders is read as
 * that macro's name. The project's own macros still expand, as they do without the WDK.
 */
final class WdkMacros {
    private final List<String> kitFolders;

    WdkMacros(List<Path> kitFolders) {
        this.kitFolders = kitFolders.stream().map(p -> p.toAbsolutePath().normalize() + "/").toList();
    }

    /** The name of the object-like kit macro whose whole expansion {@code e} is, or null. */
    String constantName(IASTExpression e) {
        IASTPreprocessorMacroDefinition definition = kitMacro(e);
        if (definition == null || definition instanceof IASTPreprocessorFunctionStyleMacroDefinition) return null;
        return definition.getName().toString();
    }

    /**
     * True for a declaration written entirely by a kit macro, such as the context accessor that
     * {@code WDF_DECLARE_CONTEXT_TYPE_WITH_NAME} defines: the kit's code, which the prelude only declares.
     */
    boolean isWrittenByKit(IASTNode declaration) {
        return kitMacro(declaration) != null;
    }

    /** The kit macro whose expansion holds all of {@code node}, or null. */
    private IASTPreprocessorMacroDefinition kitMacro(IASTNode node) {
        IASTNodeLocation[] where = node.getNodeLocations();
        if (where.length != 1 || !(where[0] instanceof IASTMacroExpansionLocation expansion)) return null;
        IASTPreprocessorMacroDefinition definition = expansion.getExpansion().getMacroDefinition();
        if (definition == null) return null;
        String file = definition.getContainingFilename();
        return file != null && kitFolders.stream().anyMatch(file::startsWith) ? definition : null;
    }
}
