// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.sun.codemodel.JClass;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import org.jsonschema2pojo.Annotator;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.Rule;
import org.jsonschema2pojo.rules.RuleFactory;
import org.realtimepresence.codegen.generation.records.RecordHints;

/** jsonschema2pojo's rules, with ours where its defaults lose data, accept too much, or crash. */
final class CodegenRuleFactory extends RuleFactory {

    private final GenerationWarnings warnings;
    private final SealedUnions unions;
    private final PropertyNames propertyNames = new PropertyNames();
    private final RecordHints hints;

    CodegenRuleFactory(
            GenerationConfig config,
            Annotator annotator,
            SchemaStore schemaStore,
            GenerationWarnings warnings,
            SealedUnions unions,
            RecordHints hints) {
        super(config, annotator, schemaStore);
        this.warnings = warnings;
        this.unions = unions;
        this.hints = hints;
    }

    @Override
    public Rule<JClassContainer, JType> getSchemaRule() {
        return new RootReferenceRule(this);
    }

    @Override
    public Rule<JClassContainer, JType> getTypeRule() {
        return new UnionTypeRule(this, warnings, unions, new WideIntegerTypeRule(new FreeFormObjectTypeRule(this)));
    }

    @Override
    public Rule<JClassContainer, JType> getEnumRule() {
        return new NestedEnumRule(this);
    }

    @Override
    public Rule<JDefinedClass, JDefinedClass> getPropertyRule() {
        return new CodegenPropertyRule(this, propertyNames, hints);
    }

    @Override
    public Rule<JPackage, JClass> getArrayRule() {
        return new UniqueItemsListRule(this);
    }

    @Override
    public Rule<JDefinedClass, JDefinedClass> getAdditionalPropertiesRule() {
        return new ClosedObjectRule(this);
    }

    @Override
    public Rule<JDefinedClass, JDefinedClass> getRequiredArrayRule() {
        return new JacksonRequiredRule(this, propertyNames);
    }
}
