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

/** jsonschema2pojo's rules, with ours where its defaults lose data or accept too much. */
final class CodegenRuleFactory extends RuleFactory {

    CodegenRuleFactory(GenerationConfig config, Annotator annotator, SchemaStore schemaStore) {
        super(config, annotator, schemaStore);
    }

    @Override
    public Rule<JClassContainer, JType> getTypeRule() {
        return new FreeFormObjectTypeRule(this);
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
        return new JacksonRequiredRule(this);
    }
}
